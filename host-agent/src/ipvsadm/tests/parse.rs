//! The command line: syntax, defaults, ipvsadm's checks and messages.

use super::{cmd, err, ok};
use crate::config::{
    ForwardMethod, LocalAddr, Persistence, Protocol, RealServer, Scheduler, Service, ServiceKey,
    Timeouts,
};
use crate::ipvsadm::{AdmError, ListOptions, Request, DEFAULT_PERSISTENT_TIMEOUT};
use std::net::Ipv4Addr;
use std::path::PathBuf;

pub(super) fn tcp(a: &str, port: u16) -> ServiceKey {
    ServiceKey::Addr {
        proto: Protocol::Tcp,
        addr: a.parse().unwrap(),
        port,
    }
}

pub(super) fn udp(a: &str, port: u16) -> ServiceKey {
    ServiceKey::Addr {
        proto: Protocol::Udp,
        addr: a.parse().unwrap(),
        port,
    }
}

pub(super) fn service(key: ServiceKey) -> Service {
    Service {
        key,
        scheduler: Scheduler::Wlc,
        sched_flags: vec![],
        persistence: None,
        proxy_protocol: false,
    }
}

pub(super) fn server(addr: &str, port: u16, method: ForwardMethod) -> RealServer {
    RealServer {
        addr: addr.parse().unwrap(),
        port,
        method,
        weight: 1,
        u_threshold: 0,
        l_threshold: 0,
    }
}

#[test]
fn no_arguments_lists_the_table() {
    assert_eq!(ok(""), Request::List(ListOptions::default()));
}

#[test]
fn add_service_defaults_to_wlc_without_persistence() {
    assert_eq!(
        ok("-A -t 10.0.0.1:80"),
        Request::AddService(service(tcp("10.0.0.1", 80)))
    );
    assert_eq!(
        ok("--add-service --udp-service 10.0.0.1:53"),
        Request::AddService(service(udp("10.0.0.1", 53)))
    );
    assert_eq!(
        ok("-A -f 7 -s rr"),
        Request::AddService(Service {
            scheduler: Scheduler::Rr,
            ..service(ServiceKey::FwMark(7))
        })
    );
}

#[test]
fn persistent_takes_an_optional_value() {
    let with = |timeout| {
        Request::AddService(Service {
            persistence: Some(Persistence {
                timeout,
                netmask: Ipv4Addr::BROADCAST,
            }),
            ..service(tcp("10.0.0.1", 80))
        })
    };
    assert_eq!(ok("-A -t 10.0.0.1:80 -p"), with(DEFAULT_PERSISTENT_TIMEOUT));
    assert_eq!(ok("-A -t 10.0.0.1:80 -p 600"), with(600));
    assert_eq!(ok("-A -t 10.0.0.1:80 -p600"), with(600));
    assert_eq!(ok("-A -t 10.0.0.1:80 --persistent=600"), with(600));
    assert_eq!(ok("-A -t 10.0.0.1:80 --persistent 600"), with(600));
    // The next word is not taken when it is an option.
    assert_eq!(ok("-A -p -t 10.0.0.1:80"), with(DEFAULT_PERSISTENT_TIMEOUT));
    assert_eq!(
        ok("-A -t 10.0.0.1:80 --persistent"),
        with(DEFAULT_PERSISTENT_TIMEOUT)
    );
    assert_eq!(
        err("-A -t 10.0.0.1:80 --persistent="),
        "invalid timeout value `' specified"
    );
    assert_eq!(
        err("-A -t 10.0.0.1:80 -p 0"),
        "invalid timeout value `0' specified"
    );
    assert_eq!(
        err("-A -t 10.0.0.1:80 -p 2678401"),
        "invalid timeout value `2678401' specified"
    );
}

#[test]
fn full_service_options() {
    assert_eq!(
        ok("-A -t 10.0.0.1:443 -s sh -b sh-port,sh-fallback -p 600 -M 255.255.255.0 --proxy-protocol v2"),
        Request::AddService(Service {
            key: tcp("10.0.0.1", 443),
            scheduler: Scheduler::Sh,
            // Canonical order, whatever the order given.
            sched_flags: vec!["sh-fallback".into(), "sh-port".into()],
            persistence: Some(Persistence {
                timeout: 600,
                netmask: Ipv4Addr::new(255, 255, 255, 0),
            }),
            proxy_protocol: true,
        })
    );
    // A port of 0 is allowed with persistence.
    assert!(matches!(
        ok("-A -t 10.0.0.1 -p"),
        Request::AddService(Service {
            key: ServiceKey::Addr { port: 0, .. },
            ..
        })
    ));
}

#[test]
fn scheduler_flags_are_named_after_the_scheduler() {
    let flags = |line| match ok(line) {
        Request::AddService(s) => s.sched_flags,
        r => panic!("{r:?}"),
    };
    assert_eq!(flags("-A -t 1.2.3.4:80 -s sh -b flag-1"), ["sh-fallback"]);
    assert_eq!(
        flags("-A -t 1.2.3.4:80 -s mh -b mh-port,flag-3"),
        ["mh-port", "flag-3"]
    );
    assert_eq!(
        flags("-A -t 1.2.3.4:80 -s rr -b flag-3,flag-1,,flag-1"),
        ["flag-1", "flag-3"]
    );
    // -b before -s still sees the scheduler.
    assert_eq!(flags("-A -t 1.2.3.4:80 -b sh-port -s sh"), ["sh-port"]);
    assert_eq!(
        err("-A -t 1.2.3.4:80 -b sh-port"),
        "incompatible scheduler flag `sh-port'"
    );
    assert_eq!(
        err("-A -t 1.2.3.4:80 -s sh -b mh-port"),
        "incompatible scheduler flag `mh-port'"
    );
    assert_eq!(
        err("-A -t 1.2.3.4:80 -b bogus"),
        "invalid scheduler flag `bogus'"
    );
}

#[test]
fn real_server_defaults_and_ports() {
    let add = |line| match ok(line) {
        Request::AddServer { server, .. } => server,
        r => panic!("{r:?}"),
    };
    // Direct routing by default, weight 1, the service's port.
    assert_eq!(
        add("-a -t 10.0.0.1:80 -r 192.168.1.11"),
        server("192.168.1.11", 80, ForwardMethod::Dr)
    );
    // DR and TUN cannot change the port: the service's wins.
    assert_eq!(
        add("-a -t 10.0.0.1:80 -r 192.168.1.11:8080"),
        server("192.168.1.11", 80, ForwardMethod::Dr)
    );
    assert_eq!(
        add("-a -t 10.0.0.1:80 -r 192.168.1.11:8080 -i"),
        server("192.168.1.11", 80, ForwardMethod::Tun)
    );
    // NAT and FULLNAT keep it.
    assert_eq!(
        add("-a -t 10.0.0.1:80 -r 192.168.1.11:8080 -m"),
        server("192.168.1.11", 8080, ForwardMethod::Nat)
    );
    assert_eq!(
        add("-a -t 10.0.0.1:80 -r 192.168.1.11:8080 --fullnat"),
        server("192.168.1.11", 8080, ForwardMethod::FullNat)
    );
    assert_eq!(
        add("-a -t 10.0.0.1:80 -r 192.168.1.11 --fullnat"),
        server("192.168.1.11", 80, ForwardMethod::FullNat)
    );
    // A firewall mark has no port: 0 unless given, even for DR.
    assert_eq!(
        add("-a -f 7 -r 192.168.1.11"),
        server("192.168.1.11", 0, ForwardMethod::Dr)
    );
    assert_eq!(
        add("-a -f 7 -r 192.168.1.11:443 -g"),
        server("192.168.1.11", 443, ForwardMethod::Dr)
    );
    // Weight 0 quiesces; well-known port names are understood.
    assert_eq!(
        add("-a -t 10.0.0.1:http -r 192.168.1.11:https -m -w 0"),
        RealServer {
            weight: 0,
            ..server("192.168.1.11", 443, ForwardMethod::Nat)
        }
    );
    assert_eq!(
        ok("-d -t 10.0.0.1:80 -r 192.168.1.11"),
        Request::DeleteServer {
            service: tcp("10.0.0.1", 80),
            addr: "192.168.1.11".parse().unwrap(),
            port: 80
        }
    );
    assert_eq!(
        ok("-d -t 10.0.0.1:80 -r 192.168.1.11:8080"),
        Request::DeleteServer {
            service: tcp("10.0.0.1", 80),
            addr: "192.168.1.11".parse().unwrap(),
            port: 8080
        }
    );
}

#[test]
fn edit_commands_carry_defaults_for_what_is_not_given() {
    assert_eq!(
        ok("-E -t 10.0.0.1:80"),
        Request::EditService(service(tcp("10.0.0.1", 80)))
    );
    assert_eq!(
        ok("-e -t 10.0.0.1:80 -r 192.168.1.11 -w 5"),
        Request::EditServer {
            service: tcp("10.0.0.1", 80),
            server: RealServer {
                weight: 5,
                ..server("192.168.1.11", 80, ForwardMethod::Dr)
            }
        }
    );
}

#[test]
fn other_commands() {
    assert_eq!(ok("-C"), Request::Clear);
    assert_eq!(ok("--clear"), Request::Clear);
    assert_eq!(
        ok("-D -u 10.0.0.1:53"),
        Request::DeleteService(udp("10.0.0.1", 53))
    );
    assert_eq!(ok("-S"), Request::Save { numeric: false });
    assert_eq!(ok("-Sn"), Request::Save { numeric: true });
    assert_eq!(
        ok("-R"),
        Request::Restore {
            text: String::new()
        }
    );
    assert_eq!(ok("-Z"), Request::Zero(None));
    assert_eq!(ok("-Z -f 3"), Request::Zero(Some(ServiceKey::FwMark(3))));
    assert_eq!(
        ok("--set 900 120 300"),
        Request::SetTimeouts(Timeouts::default())
    );
    assert_eq!(
        ok("--set 0 60 0"),
        Request::SetTimeouts(Timeouts {
            tcp: 0,
            tcpfin: 60,
            udp: 0
        })
    );
    assert_eq!(ok("-h"), Request::Help);
    assert_eq!(ok("--help -A"), Request::Help);
    assert_eq!(ok("-v"), Request::Version);
    assert_eq!(ok("status"), Request::Status);
    assert_eq!(
        ok("flash --board colorlight-i9 /lib/firmware/fpvs.bit"),
        Request::Flash(crate::flash::FlashRequest {
            board: "colorlight-i9".into(),
            cable: None,
            verify: false,
            bitstream: PathBuf::from("/lib/firmware/fpvs.bit"),
        })
    );
    assert_eq!(
        ok("flash x.bit --verify --cable ft232 --board colorlight-i5"),
        Request::Flash(crate::flash::FlashRequest {
            board: "colorlight-i5".into(),
            cable: Some("ft232".into()),
            verify: true,
            bitstream: PathBuf::from("x.bit"),
        })
    );
    assert_eq!(err("flash"), "flash requires a file argument");
    assert_eq!(
        err("flash x.bit"),
        "flash requires --board NAME (colorlight-i9, colorlight-i5)"
    );
    assert_eq!(err("flash --board"), "flash: --board requires a name");
    assert_eq!(
        err("flash --board b x.bit y.bit"),
        "unexpected argument y.bit"
    );
    assert_eq!(
        err("flash --board b --force x.bit"),
        "unexpected argument --force"
    );
    assert_eq!(err("status now"), "unexpected argument now");
}

#[test]
fn list_options() {
    assert_eq!(
        ok("-L -n --stats --exact"),
        Request::List(ListOptions {
            numeric: true,
            stats: true,
            exact: true,
            ..Default::default()
        })
    );
    assert_eq!(
        ok("-l --rate --nosort --sort"),
        Request::List(ListOptions {
            rate: true,
            nosort: true,
            ..Default::default()
        })
    );
    assert_eq!(
        ok("-L --thresholds --persistent-conn"),
        Request::List(ListOptions {
            thresholds: true,
            persistent_conn: true,
            ..Default::default()
        })
    );
    assert_eq!(
        ok("-L --timeout"),
        Request::List(ListOptions {
            timeout: true,
            ..Default::default()
        })
    );
    assert_eq!(
        err("-L -c -t 10.0.0.1:80"),
        "The option 'service-address' conflicts with the 'connection' option in the 'list' command"
    );
    assert_eq!(
        err("-L -c --stats"),
        "options conflicts in the list command"
    );
    assert_eq!(
        err("-L --timeout --persistent-conn"),
        "options conflicts in the list command"
    );
    assert_eq!(
        err("-L -s rr"),
        "Illegal 'scheduler' option with the 'list' command"
    );
}

#[test]
fn local_addresses_as_dpvs_spells_them() {
    let la = LocalAddr {
        service: tcp("10.0.0.1", 80),
        addr: "192.168.0.100".parse().unwrap(),
    };
    assert_eq!(
        ok("-P -z 192.168.0.100 -t 10.0.0.1:80"),
        Request::AddLaddr(la)
    );
    assert_eq!(
        ok("--add-laddr -t 10.0.0.1:80 --laddr=192.168.0.100 -F dpdk0"),
        Request::AddLaddr(la)
    );
    assert_eq!(
        ok("-Q -t 10.0.0.1:80 -z 192.168.0.100"),
        Request::DelLaddr(la)
    );
    assert_eq!(ok("-G"), Request::GetLaddr(None));
    assert_eq!(
        ok("-G -t 10.0.0.1:80"),
        Request::GetLaddr(Some(tcp("10.0.0.1", 80)))
    );
    assert_eq!(
        err("-P -t 10.0.0.1:80"),
        "You need to supply the 'local-address' option for the 'add-laddr' command"
    );
    assert_eq!(
        err("-A -t 10.0.0.1:80 -z 192.168.0.100"),
        "Illegal 'local-address' option with the 'add-service' command"
    );
    assert_eq!(err("-P -t 10.0.0.1:80 -z nowhere"), "illegal local address");
}

#[test]
fn requests_travel_as_json() {
    for line in [
        "-A -t 10.0.0.1:443 -s sh -b sh-port -p 600 -M 255.255.255.0",
        "-a -f 7 -r 192.168.1.1:8080 --fullnat -w 3 -x 10 -y 5",
        "-L -n --stats -t 10.0.0.1:80",
        "-P -t 10.0.0.1:80 -z 192.168.0.100",
        "--set 1 2 3",
        "flash --board colorlight-i9 --verify /tmp/x.bit",
        "-Z",
    ] {
        let req = ok(line);
        let json = serde_json::to_string(&req).unwrap();
        assert_eq!(
            serde_json::from_str::<Request>(&json).unwrap(),
            req,
            "{json}"
        );
    }
    let e = cmd("-A -t 80").unwrap_err();
    let json = serde_json::to_string(&e).unwrap();
    assert_eq!(serde_json::from_str::<AdmError>(&json).unwrap(), e);
}

#[test]
fn mutating_requests() {
    assert!(ok("-A -t 10.0.0.1:80").mutates());
    assert!(ok("-R").mutates());
    assert!(ok("--set 1 2 3").mutates());
    assert!(ok("-P -t 10.0.0.1:80 -z 1.1.1.1").mutates());
    assert!(!ok("-L").mutates());
    assert!(!ok("-S").mutates());
    assert!(!ok("-Z").mutates());
    assert!(!ok("-G").mutates());
    assert!(!ok("status").mutates());
}

#[test]
fn proxy_protocol_takes_v2_only_and_only_on_services() {
    match ok("-A -t 10.0.0.1:80 --proxy-protocol v2") {
        Request::AddService(s) => assert!(s.proxy_protocol),
        r => panic!("{r:?}"),
    }
    let e = err("-A -t 10.0.0.1:80 --proxy-protocol v1");
    assert!(e.contains("v1 is not supported"), "{e}");
    let e = err("-A -t 10.0.0.1:80 --proxy-protocol v3");
    assert!(e.contains("illegal PROXY protocol version"), "{e}");
    let e = err("-a -t 10.0.0.1:80 -r 10.1.1.1 --proxy-protocol v2");
    assert!(e.contains("Illegal 'proxy-protocol' option"), "{e}");
}
