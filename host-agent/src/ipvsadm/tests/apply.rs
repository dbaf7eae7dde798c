//! Applying commands: the kernel's checks, ipvsadm's messages, all or nothing.

use super::ok;
use crate::config::{Config, ForwardMethod, Scheduler, ServiceKey, Timeouts};
use crate::ipvsadm::{apply, restore, AdmError, Request};

/// Applies command lines in order, each of which must succeed.
fn run(config: &mut Config, lines: &[&str]) {
    for line in lines {
        apply(config, &ok(line)).unwrap_or_else(|e| panic!("{line}: {e}"));
    }
}

/// A table with one service of each kind.
fn sample() -> Config {
    let mut c = Config::default();
    run(
        &mut c,
        &[
            "-A -t 10.0.0.1:80 -s rr",
            "-a -t 10.0.0.1:80 -r 192.168.1.11 -g",
            "-a -t 10.0.0.1:80 -r 192.168.1.12:8080 -m -w 3",
            "-A -u 10.0.0.1:53 -s sh -b sh-port -p 120",
            "-a -u 10.0.0.1:53 -r 192.168.1.21 -i",
            "-A -f 7 -s mh",
            "-a -f 7 -r 192.168.1.31:443 --fullnat",
            "-P -f 7 -z 172.16.0.1",
            "-A -t 10.0.0.2:443",
            "-a -t 10.0.0.2:443 -r 192.168.1.41:443 --fullnat -x 100 -y 50",
            "-P -t 10.0.0.2:443 -z 172.16.0.2",
            "-P -t 10.0.0.2:443 -z 172.16.0.3",
        ],
    );
    c
}

/// Applies a command line that must fail, checks the table is unchanged, and returns
/// the message.
fn refused(config: &Config, line: &str) -> String {
    let mut c = config.clone();
    let e = apply(&mut c, &ok(line)).expect_err(line);
    assert_eq!(&c, config, "{line} changed the table");
    e.to_string()
}

fn tcp(a: &str, port: u16) -> ServiceKey {
    ServiceKey::Addr {
        proto: crate::config::Protocol::Tcp,
        addr: a.parse().unwrap(),
        port,
    }
}

#[test]
fn services_and_servers_are_added_in_order() {
    let c = sample();
    assert_eq!(c.services.len(), 4);
    let (svc, servers) = &c.services[0];
    assert_eq!(svc.key, tcp("10.0.0.1", 80));
    assert_eq!(svc.scheduler, Scheduler::Rr);
    assert_eq!(servers.len(), 2);
    assert_eq!(servers[1].port, 8080);
    assert_eq!(servers[1].method, ForwardMethod::Nat);
    assert_eq!(servers[1].weight, 3);
    assert_eq!(c.local_addrs.len(), 3);
}

#[test]
fn kernel_refusals_leave_the_table_untouched() {
    let c = sample();
    let cases = [
        ("-A -t 10.0.0.1:80", "Service already exists"),
        ("-A -f 7 -s rr", "Service already exists"),
        ("-E -t 10.0.0.9:80", "No such service"),
        ("-D -t 10.0.0.9:80", "No such service"),
        ("-D -u 10.0.0.1:80", "No such service"),
        ("-Z -t 10.0.0.9:80", "No such service"),
        ("-L -t 10.0.0.9:80", "No such service"),
        ("-G -f 8", "No such service"),
        ("-a -t 10.0.0.9:80 -r 192.168.1.1", "Service not defined"),
        ("-e -t 10.0.0.9:80 -r 192.168.1.1", "Service not defined"),
        ("-d -t 10.0.0.9:80 -r 192.168.1.1", "Service not defined"),
        (
            "-a -t 10.0.0.1:80 -r 192.168.1.11",
            "Destination already exists",
        ),
        // DR forces the service's port, which 192.168.1.11 already has.
        (
            "-a -t 10.0.0.1:80 -r 192.168.1.11:8080 -i",
            "Destination already exists",
        ),
        (
            "-a -t 10.0.0.1:80 -r 192.168.1.12:8080 -m",
            "Destination already exists",
        ),
        ("-e -t 10.0.0.1:80 -r 192.168.1.99", "No such destination"),
        // Without -m the method is DR, whose port is the service's: not 8080.
        (
            "-e -t 10.0.0.1:80 -r 192.168.1.12:8080 -w 5",
            "No such destination",
        ),
        ("-d -t 10.0.0.1:80 -r 192.168.1.12", "No such destination"),
        (
            "-a -t 10.0.0.1:80 -r 192.168.1.13 -y 10",
            "Numerical result out of range",
        ),
        (
            "-a -t 10.0.0.1:80 -r 192.168.1.13 -x 10 -y 11",
            "Numerical result out of range",
        ),
        (
            "-a -t 10.0.0.1:80 -r 0.0.0.0",
            "Invalid operation.  Possibly wrong module version, address not unicast, ...",
        ),
        (
            "-a -t 10.0.0.1:80 -r 224.0.0.1",
            "Invalid operation.  Possibly wrong module version, address not unicast, ...",
        ),
        (
            "-A -t 255.255.255.255:80",
            "Invalid operation.  Possibly wrong module version, address not unicast, ...",
        ),
        ("-P -t 10.0.0.9:80 -z 172.16.0.9", "Service not defined"),
        (
            "-P -t 10.0.0.2:443 -z 172.16.0.2",
            "Local address already exists",
        ),
        (
            "-P -t 10.0.0.2:443 -z 0.0.0.0",
            "Invalid operation.  Possibly wrong module version, address not unicast, ...",
        ),
        ("-Q -t 10.0.0.2:443 -z 172.16.0.9", "No such local address"),
        ("-Q -t 10.0.0.9:443 -z 172.16.0.2", "Service not defined"),
    ];
    for (line, msg) in cases {
        assert_eq!(refused(&c, line), msg, "{line}");
    }
}

#[test]
fn requests_from_other_clients_are_checked_too() {
    // The daemon takes requests as JSON: what the parser would refuse, apply refuses.
    let c = sample();
    let mut bad = match ok("-A -t 10.0.0.3:80") {
        Request::AddService(s) => s,
        _ => unreachable!(),
    };
    bad.sched_flags = vec!["sh-port".into()];
    let mut d = c.clone();
    let e = apply(&mut d, &Request::AddService(bad.clone())).unwrap_err();
    assert_eq!(e.to_string(), "incompatible scheduler flag `sh-port'");
    assert_eq!(d, c);

    bad.sched_flags = vec![];
    bad.key = tcp("10.0.0.3", 0);
    let e = apply(&mut d, &Request::AddService(bad)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "Zero port specified for non-persistent service"
    );
    assert_eq!(d, c);
}

#[test]
fn edit_service_replaces_its_settings() {
    let mut c = sample();
    // Unspecified settings take their defaults, as with ipvsadm: the scheduler becomes
    // wlc, the flags and persistence go.
    run(&mut c, &["-E -u 10.0.0.1:53"]);
    let (svc, servers) = &c.services[1];
    assert_eq!(svc.scheduler, Scheduler::Wlc);
    assert!(svc.sched_flags.is_empty());
    assert!(svc.persistence.is_none());
    assert_eq!(servers.len(), 1, "real servers stay");

    run(&mut c, &["-E -u 10.0.0.1:53 -s sh -b sh-fallback -p 60"]);
    let svc = &c.services[1].0;
    assert_eq!(svc.scheduler, Scheduler::Sh);
    assert_eq!(svc.sched_flags, ["sh-fallback"]);
    assert_eq!(svc.persistence.unwrap().timeout, 60);
}

#[test]
fn edit_server_replaces_its_settings() {
    let mut c = sample();
    run(
        &mut c,
        &["-e -t 10.0.0.1:80 -r 192.168.1.12:8080 -m -w 0 -x 9 -y 3"],
    );
    let rs = c.services[0].1[1];
    assert_eq!((rs.weight, rs.u_threshold, rs.l_threshold), (0, 9, 3));
    assert_eq!(rs.method, ForwardMethod::Nat);
    // Without -m and -w: direct routing, weight 1, no thresholds.
    run(&mut c, &["-e -t 10.0.0.2:443 -r 192.168.1.41"]);
    let rs = c.services[3].1[0];
    assert_eq!(rs.method, ForwardMethod::Dr);
    assert_eq!((rs.weight, rs.u_threshold, rs.l_threshold), (1, 0, 0));
}

#[test]
fn deleting_a_service_takes_its_servers_and_local_addresses() {
    let mut c = sample();
    run(&mut c, &["-D -t 10.0.0.2:443"]);
    assert_eq!(c.services.len(), 3);
    assert_eq!(c.local_addrs.len(), 1);
    assert_eq!(c.local_addrs[0].service, ServiceKey::FwMark(7));
    run(
        &mut c,
        &["-d -f 7 -r 192.168.1.31:443", "-Q -f 7 -z 172.16.0.1"],
    );
    assert!(c.services[2].1.is_empty());
    assert!(c.local_addrs.is_empty());
    run(&mut c, &["-C"]);
    assert!(c.services.is_empty());
}

#[test]
fn clear_keeps_the_timeouts() {
    let mut c = sample();
    run(&mut c, &["--set 3600 60 30", "-C"]);
    assert_eq!(
        c.timeouts,
        Timeouts {
            tcp: 3600,
            tcpfin: 60,
            udp: 30
        }
    );
    assert!(c.local_addrs.is_empty());
}

#[test]
fn a_zero_timeout_keeps_the_current_value() {
    let mut c = Config::default();
    run(&mut c, &["--set 0 60 0"]);
    assert_eq!(
        c.timeouts,
        Timeouts {
            tcpfin: 60,
            ..Timeouts::default()
        }
    );
}

#[test]
fn reading_requests_change_nothing() {
    let c = sample();
    for line in [
        "-L",
        "-Ln --stats -t 10.0.0.1:80",
        "-S -n",
        "-Z",
        "-Z -u 10.0.0.1:53",
        "-G",
        "-G -t 10.0.0.2:443",
        "status",
        "flash --board colorlight-i9 x.bit",
        "-h",
    ] {
        let mut d = c.clone();
        apply(&mut d, &ok(line)).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(d, c, "{line}");
    }
}

#[test]
fn restore_applies_every_line() {
    let mut c = Config::default();
    let text = "\
# rules for the web farm
-A -t 10.0.0.1:80 -s rr

ipvsadm -a -t 10.0.0.1:80 -r 192.168.1.11 -g -w 1   # the first
fpvsadm -a -t 10.0.0.1:80 -r 192.168.1.12:8080 -m -w 3
/sbin/ipvsadm -A -u 10.0.0.1:53 -s sh -b sh-port -p 120
\t-a -u 10.0.0.1:53 -r 192.168.1.21 -i\r
";
    restore(&mut c, text).unwrap();
    assert_eq!(c.services.len(), 2);
    assert_eq!(c.services[0].1.len(), 2);
    assert_eq!(c.services[1].1[0].method, ForwardMethod::Tun);
}

#[test]
fn restore_is_all_or_nothing() {
    let before = sample();
    let mut c = before.clone();
    let text = "-A -t 10.0.0.5:80\n-a -t 10.0.0.5:80 -r 192.168.1.1\n-A -t 10.0.0.1:80\n-A -t 10.0.0.6:80\n";
    let e = restore(&mut c, text).unwrap_err();
    assert_eq!(
        e,
        AdmError::Restore {
            line: 3,
            error: Box::new(AdmError::Table("Service already exists".into()))
        }
    );
    assert_eq!(e.to_string(), "line 3: Service already exists");
    assert_eq!(e.exit_code(), 255);
    assert_eq!(c, before);

    // A syntax error is reported the same way, with its own exit status.
    let e = restore(&mut c, "-C\n\n-A -t 10.0.0.7\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 3: Zero port specified for non-persistent service"
    );
    assert_eq!(e.exit_code(), 2);
    assert_eq!(c, before);

    // So is the restore request.
    let e = apply(
        &mut c,
        &Request::Restore {
            text: "-C\n-a -t 1.1.1.1:1 -r 2.2.2.2\n".into(),
        },
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "line 2: Service not defined");
    assert_eq!(c, before);
}

#[test]
fn restore_takes_only_commands_that_change_the_table() {
    let before = sample();
    for text in ["-L -n\n", "-R\n", "-S\n", "status\n"] {
        let mut c = before.clone();
        let e = restore(&mut c, text).unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 1: only commands that change the table can be restored",
            "{text}"
        );
        assert_eq!(c, before);
    }
}

#[test]
fn proxy_protocol_is_for_tcp_services_with_fullnat_servers() {
    let mut c = sample();
    run(&mut c, &["-E -t 10.0.0.2:443 -s wlc --proxy-protocol v2"]);
    assert!(c.services[3].0.proxy_protocol);
    // Its servers must stay FULLNAT.
    let m = refused(&c, "-a -t 10.0.0.2:443 -r 192.168.1.45 -m");
    assert!(
        m.contains("FULLNAT real servers") && m.contains("Masq"),
        "{m}"
    );
    let m = refused(&c, "-e -t 10.0.0.2:443 -r 192.168.1.41:443 -g");
    assert!(m.contains("FULLNAT real servers"), "{m}");
    run(
        &mut c,
        &["-a -t 10.0.0.2:443 -r 192.168.1.45:443 --fullnat"],
    );
    // A service with other servers cannot turn it on; UDP and fwmark services never.
    let m = refused(&c, "-E -t 10.0.0.1:80 -s rr --proxy-protocol v2");
    assert!(m.contains("Route"), "{m}");
    let m = refused(&c, "-E -u 10.0.0.1:53 -s sh --proxy-protocol v2");
    assert!(m.contains("TCP service"), "{m}");
    let m = refused(&c, "-A -f 9 --proxy-protocol v2");
    assert!(m.contains("TCP service"), "{m}");
    // Turned off again.
    run(&mut c, &["-E -t 10.0.0.2:443 -s wlc --proxy-protocol none"]);
    assert!(!c.services[3].0.proxy_protocol);
}
