//! The command line's syntax: combined short options, `--opt=value`, `--`, the
//! command first, and ipvsadm's table of legal combinations with its messages.

use super::parse::{server, service, tcp};
use super::{cmd, err, ok};
use crate::config::{ForwardMethod, RealServer, Scheduler, Service, ServiceKey, Timeouts};
use crate::ipvsadm::{AdmError, ListOptions, Request};

#[test]
fn combined_short_options() {
    let numeric = ListOptions {
        numeric: true,
        ..Default::default()
    };
    assert_eq!(ok("-Ln"), Request::List(numeric));
    assert_eq!(ok("-ln"), Request::List(numeric));
    // The command must come first, even in a combined word.
    assert_eq!(cmd("-nL"), Err(AdmError::TryHelp));
    assert_eq!(
        ok("-Lnc"),
        Request::List(ListOptions {
            connections: true,
            ..numeric
        })
    );
    assert_eq!(
        ok("-Lnt 10.0.0.1:80"),
        Request::List(ListOptions {
            service: Some(tcp("10.0.0.1", 80)),
            ..numeric
        })
    );
    assert_eq!(
        ok("-At 10.0.0.1:80"),
        Request::AddService(service(tcp("10.0.0.1", 80)))
    );
    // The value of an option is the rest of the word.
    assert_eq!(
        ok("-At10.0.0.1:80 -srr"),
        Request::AddService(Service {
            scheduler: Scheduler::Rr,
            ..service(tcp("10.0.0.1", 80))
        })
    );
    assert_eq!(
        ok("-at 10.0.0.1:80 -mr 192.168.1.1:8080 -w3"),
        Request::AddServer {
            service: tcp("10.0.0.1", 80),
            server: RealServer {
                weight: 3,
                ..server("192.168.1.1", 8080, ForwardMethod::Nat)
            },
        }
    );
}

#[test]
fn long_options_with_equals() {
    assert_eq!(
        ok("--add-server --tcp-service=10.0.0.1:80 --real-server=192.168.1.1 --masquerading --weight=7 --u-threshold=100 --l-threshold=50"),
        Request::AddServer {
            service: tcp("10.0.0.1", 80),
            server: RealServer {
                weight: 7,
                u_threshold: 100,
                l_threshold: 50,
                ..server("192.168.1.1", 80, ForwardMethod::Nat)
            },
        }
    );
    assert_eq!(
        ok("--add-service --fwmark-service=9 --scheduler=nq"),
        Request::AddService(Service {
            scheduler: Scheduler::Nq,
            ..service(ServiceKey::FwMark(9))
        })
    );
    assert_eq!(
        err("-L --numeric=yes"),
        "--numeric=yes: option does not take an argument"
    );
}

#[test]
fn ipvsadm_messages() {
    let cases = [
        (
            "-A -t 10.0.0.1:80 -m",
            "Illegal 'forwarding-method' option with the 'add-service' command",
        ),
        (
            "-A -t 10.0.0.1:80 -r 192.168.1.1",
            "Illegal 'real-server' option with the 'add-service' command",
        ),
        (
            "-D -t 10.0.0.1:80 -s rr",
            "Illegal 'scheduler' option with the 'delete-service' command",
        ),
        (
            "-C -t 10.0.0.1:80",
            "Illegal 'service-address' option with the 'flush' command",
        ),
        (
            "-d -t 10.0.0.1:80 -r 192.168.1.1 -w 2",
            "Illegal 'weight' option with the 'delete-server' command",
        ),
        (
            "-S -c",
            "Illegal 'connection' option with the 'save' command",
        ),
        (
            "-a -t 10.0.0.1:80 -b flag-1 -r 192.168.1.1",
            "Illegal 'sched-flags' option with the 'add-server' command",
        ),
        (
            "-a -t 10.0.0.1:80",
            "You need to supply the 'real-server' option for the 'add-server' command",
        ),
        (
            "-A -s rr",
            "You need to supply the 'service-address' option for the 'add-service' command",
        ),
        (
            "-A -t 10.0.0.1",
            "Zero port specified for non-persistent service",
        ),
        (
            "-E -t 10.0.0.1:0 -s rr",
            "Zero port specified for non-persistent service",
        ),
        (
            "-A -t www.example.com:80",
            "illegal virtual server address[:port] specified",
        ),
        (
            "-A -t 80",
            "illegal virtual server address[:port] specified",
        ),
        (
            "-A -t [::1]:80",
            "illegal virtual server address[:port] specified",
        ),
        (
            "-A -t 10.0.0.1:nosuchport",
            "illegal virtual server address[:port] specified",
        ),
        (
            "-A -t 10.0.0.1:65536",
            "illegal virtual server address[:port] specified",
        ),
        (
            "-a -t 10.0.0.1:80 -r backend.example.com",
            "illegal real server address[:port] specified",
        ),
        ("-A -f 0", "invalid fwmark value `0' specified"),
        (
            "-A -f 4294967296",
            "invalid fwmark value `4294967296' specified",
        ),
        (
            "-A -t 10.0.0.1:80 -p -M 255.255.255.x",
            "illegal virtual server persistent mask specified",
        ),
        (
            "-a -t 10.0.0.1:80 -r 192.168.1.1 -w 65536",
            "illegal weight specified",
        ),
        (
            "-a -t 10.0.0.1:80 -r 192.168.1.1 -w -1",
            "illegal weight specified",
        ),
        (
            "-a -t 10.0.0.1:80 -r 192.168.1.1 -x 2147483648",
            "illegal u_threshold specified",
        ),
        (
            "-a -t 10.0.0.1:80 -r 192.168.1.1 -y lots",
            "illegal l_threshold specified",
        ),
        (
            "-a -t 10.0.0.1:80 -r 192.168.1.1 -g -m",
            "multiple 'forwarding-method' options specified",
        ),
        (
            "-A -t 10.0.0.1:80 -f 3",
            "multiple 'service-address' options specified",
        ),
        ("-A -L", "multiple commands specified"),
        ("-A -t 10.0.0.1:80 now", "unexpected argument now"),
        ("--set 900 120", "--set option requires 3 timeout values"),
        ("--set 900 120 x", "invalid timeout value `x' specified"),
        ("--set 1 2 3 4", "unexpected argument 4"),
        ("-A -t", "-t: missing argument"),
        ("-A --scheduler", "--scheduler: missing argument"),
        ("-L --bogus", "--bogus: unknown option"),
        ("-L -q", "-q: unknown option"),
        ("-A -t 10.0.0.1:80 -s lblc", "Scheduler not found"),
        (
            "--start-daemon master",
            "--start-daemon: option not supported by fpvsadm",
        ),
        (
            "-A -u 10.0.0.1:53 -o",
            "-o: option not supported by fpvsadm",
        ),
    ];
    for (line, msg) in cases {
        assert_eq!(err(line), msg, "{line}");
    }
}

#[test]
fn a_command_must_come_first() {
    assert_eq!(cmd("-t 10.0.0.1:80 -A"), Err(AdmError::TryHelp));
    assert_eq!(cmd("-n -L"), Err(AdmError::TryHelp));
    assert_eq!(cmd("now"), Err(AdmError::TryHelp));
    assert_eq!(
        AdmError::TryHelp.to_string(),
        "Try `fpvsadm -h' or 'fpvsadm --help' for more information."
    );
}

#[test]
fn exit_codes_follow_ipvsadm() {
    assert_eq!(cmd("-A -t 80").unwrap_err().exit_code(), 2);
    assert_eq!(cmd("-n").unwrap_err().exit_code(), 255);
    assert_eq!(AdmError::Table("No such service".into()).exit_code(), 255);
}

#[test]
fn arguments_after_double_dash_are_arguments() {
    assert_eq!(
        ok("--set -- 900 120 300"),
        Request::SetTimeouts(Timeouts::default())
    );
    assert_eq!(err("-L -- -n"), "unexpected argument -n");
}
