//! ipvsadm's command-line parser on arbitrary argv and on argv built from its own
//! option words: it never panics, answers the same twice, and every refusal carries
//! a message and ipvsadm's exit status; well-formed commands parse to what they say.

use fpvs_agent::config::{Protocol, ServiceKey};
use fpvs_agent::ipvsadm::{parse, AdmError, Request};
use proptest::collection::vec;
use proptest::prelude::*;
use std::net::Ipv4Addr;

/// Checks what `parse` says of `argv`, whatever it is.
fn parses_or_refuses(argv: &[String]) -> Result<Result<Request, AdmError>, TestCaseError> {
    let first = parse(argv);
    prop_assert_eq!(&first, &parse(argv), "two answers for {:?}", argv);
    if let Err(e) = &first {
        prop_assert!(!e.to_string().is_empty(), "a refusal without a message");
        prop_assert!(
            [2, 255].contains(&e.exit_code()),
            "exit status {}",
            e.exit_code()
        );
    }
    Ok(first)
}

/// ipvsadm's commands, and FPVS's.
const COMMANDS: &[&str] = &[
    "-A", "-E", "-D", "-a", "-e", "-d", "-C", "-R", "-S", "-L", "-l", "-Z", "--set", "-P", "-Q",
    "-G", "status", "flash",
];

/// The other option words of ipvsadm and FPVS, and some near misses.
const OPTIONS: &[&str] = &[
    "-t",
    "-u",
    "-f",
    "-s",
    "-p",
    "-M",
    "-r",
    "-w",
    "-x",
    "-y",
    "-g",
    "-i",
    "-m",
    "-n",
    "-c",
    "-b",
    "-z",
    "-F",
    "-X",
    "-h",
    "-v",
    "-6",
    "-o",
    "--fullnat",
    "--stats",
    "--rate",
    "--exact",
    "--thresholds",
    "--persistent-conn",
    "--sort",
    "--nosort",
    "--timeout",
    "--daemon",
    "--proxy-protocol",
    "--tcp-service",
    "--udp-service",
    "--fwmark-service",
    "--scheduler",
    "--persistent",
    "--netmask",
    "--real-server",
    "--weight",
    "--laddr",
    "--sched-flags",
    "--start-daemon",
    "--list",
    "--help",
    "-",
    "--",
    "-At",
    "-Ln",
    "-Lnc",
    "-at",
    "-p300",
    "-w0",
    "--board",
    "--cable",
    "--verify",
    "--bogus",
    "-q",
];

/// Values the options take, right and wrong.
fn value() -> impl Strategy<Value = String> {
    let number = prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        (0u32..70_000).prop_map(|n| n.to_string()),
        Just("4294967296".to_string()),
        Just("+7".to_string()),
        Just(" 12".to_string()),
        Just("".to_string()),
    ];
    let ip = any::<[u8; 4]>().prop_map(|b| Ipv4Addr::from(b).to_string());
    let port = prop_oneof![
        (0u32..70_000).prop_map(|p| p.to_string()),
        Just("http".to_string()),
        Just("nosuchport".to_string()),
        Just("".to_string()),
        Just("-1".to_string()),
    ];
    let addr = prop_oneof![
        ip.clone(),
        (ip.clone(), port).prop_map(|(a, p)| format!("{a}:{p}")),
        Just("[::1]:80".to_string()),
        Just("localhost:80".to_string()),
        Just("1.2.3:80".to_string()),
    ];
    prop_oneof![
        number,
        addr,
        prop::sample::select(vec![
            "rr",
            "wrr",
            "lc",
            "wlc",
            "sh",
            "dh",
            "sed",
            "nq",
            "mh",
            "lblc",
            "sh-port",
            "sh-fallback,sh-port",
            "mh-port",
            "flag-1,,flag-3",
            ",",
            "v2",
            "v1",
            "none",
            "255.255.255.0",
            "colorlight-i9",
            "file.bit",
        ])
        .prop_map(String::from),
        ".{0,10}",
    ]
}

/// A word of a command line: an option, a value, or an option glued to its value.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => prop::sample::select(COMMANDS).prop_map(String::from),
        6 => prop::sample::select(OPTIONS).prop_map(String::from),
        4 => value(),
        2 => (prop::sample::select(OPTIONS), value()).prop_map(|(o, v)| {
            if o.starts_with("--") { format!("{o}={v}") } else { format!("{o}{v}") }
        }),
    ]
}

/// A command line of such words, most often opened by a command (as a useful one is).
fn argv() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        1 => vec(word(), 0..10),
        3 => (prop::sample::select(COMMANDS), vec(word(), 0..9)).prop_map(|(c, mut rest)| {
            rest.insert(0, c.to_string());
            rest
        }),
    ]
}

/// A service: `-t|-u ADDR:PORT` or `-f MARK`, and the key it names.
fn service() -> impl Strategy<Value = (Vec<String>, ServiceKey)> {
    let addr = (any::<bool>(), any::<[u8; 4]>(), 1..=u16::MAX).prop_map(|(tcp, ip, port)| {
        let (opt, proto) = if tcp {
            ("-t", Protocol::Tcp)
        } else {
            ("-u", Protocol::Udp)
        };
        let ip = Ipv4Addr::from(ip);
        let key = ServiceKey::Addr {
            proto,
            addr: ip.into(),
            port,
        };
        (vec![opt.to_string(), format!("{ip}:{port}")], key)
    });
    let mark =
        (1..=u32::MAX).prop_map(|m| (vec!["-f".to_string(), m.to_string()], ServiceKey::FwMark(m)));
    prop_oneof![3 => addr, 1 => mark]
}

// proptest's default number of cases (256, or `PROPTEST_CASES`) runs in well under a
// second.
proptest! {
    #[test]
    fn any_argv_parses_or_is_refused(argv in vec(any::<String>(), 0..8)) {
        let _ = parses_or_refuses(&argv)?;
    }

    #[test]
    fn argv_of_option_words_parses_or_is_refused(argv in argv()) {
        let _ = parses_or_refuses(&argv)?;
    }

    #[test]
    fn well_formed_commands_parse_to_what_they_say(
        (svc, key) in service(),
        sched in prop::sample::select(vec!["rr", "wrr", "lc", "wlc", "sh", "dh", "sed", "nq", "mh"]),
        rs in any::<[u8; 4]>(),
        weight in 0..=65535u32,
        method in prop::sample::select(vec!["-g", "-i", "-m", "--fullnat"]),
    ) {
        let argv = |words: &[&str]| -> Vec<String> {
            let mut v: Vec<String> = words.iter().map(|s| s.to_string()).collect();
            v.extend(svc.iter().cloned());
            v
        };
        let mut add = argv(&["-A", "-s", sched]);
        add.extend(["-p".to_string(), "60".to_string()]);
        match parses_or_refuses(&add)? {
            Ok(Request::AddService(s)) => {
                prop_assert_eq!(s.key, key);
                prop_assert_eq!(s.scheduler.name(), sched);
                prop_assert_eq!(s.persistence.map(|p| p.timeout), Some(60));
            }
            other => prop_assert!(false, "{:?} gave {:?}", add, other),
        }

        let rs = Ipv4Addr::from(rs);
        let mut add_rs = argv(&["-a", method, "-w"]);
        add_rs.insert(3, weight.to_string());
        add_rs.extend(["-r".to_string(), rs.to_string()]);
        match parses_or_refuses(&add_rs)? {
            Ok(Request::AddServer { service, server }) => {
                prop_assert_eq!(service, key);
                prop_assert_eq!(server.addr, std::net::IpAddr::from(rs));
                prop_assert_eq!(server.weight, weight);
            }
            other => prop_assert!(false, "{:?} gave {:?}", add_rs, other),
        }

        match parses_or_refuses(&argv(&["-D"]))? {
            Ok(Request::DeleteService(k)) => prop_assert_eq!(k, key),
            other => prop_assert!(false, "-D gave {:?}", other),
        }
    }
}
