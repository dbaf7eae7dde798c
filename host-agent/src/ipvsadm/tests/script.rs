//! An operator's ipvsadm script, with only the command name changed, run the way the
//! CLI and fpvsd run each line.

use crate::config::{Config, ForwardMethod, Scheduler};
use crate::ipvsadm::{apply, list, list_laddrs, parse, save, NoStats, Request};
use std::collections::HashMap;

/// Every mode, most options, then a listing, a save, a clear and a restore — as an
/// LVS director's setup script writes them (`ipvsadm` renamed `fpvsadm`).
const SCRIPT: &str = r#"
#!/bin/sh
# web farm: direct routing, weighted round robin
fpvsadm -C
fpvsadm -A -t 192.0.2.10:80 -s wrr
fpvsadm -a -t 192.0.2.10:80 -r 10.1.0.11:80 -g -w 3
fpvsadm -a -t 192.0.2.10:80 -r 10.1.0.12 -g -w 2
fpvsadm -a -t 192.0.2.10:80 -r 10.1.0.13 -w 1
# https: tunnelled, sticky per /24 for ten minutes
fpvsadm -A -t 192.0.2.10:443 -s sh -b sh-fallback,sh-port -p 600 -M 255.255.255.0
fpvsadm -a -t 192.0.2.10:443 -r 10.2.0.11 -i
fpvsadm -a -t 192.0.2.10:443 -r 10.2.0.12 -i
# DNS: NAT to a different port
fpvsadm --add-service --udp-service 192.0.2.53:53 --scheduler rr
fpvsadm --add-server --udp-service 192.0.2.53:53 --real-server 10.3.0.11:5353 --masquerading
fpvsadm --add-server --udp-service=192.0.2.53:53 --real-server=10.3.0.12:5353 --masquerading --weight=2
# API: FULLNAT with connection limits and two local addresses
fpvsadm -A -t 192.0.2.20:8443 -s lc
fpvsadm -a -t 192.0.2.20:8443 -r 10.4.0.11:443 --fullnat -w 5 -x 2000 -y 1500
fpvsadm -a -t 192.0.2.20:8443 -r 10.4.0.12:443 --fullnat -w 5 -x 2000 -y 1500
fpvsadm -P -t 192.0.2.20:8443 -z 10.4.255.1 -F dpdk0
fpvsadm -P -t 192.0.2.20:8443 -z 10.4.255.2 -F dpdk0
# everything marked 100 by the firewall: maglev, all ports
fpvsadm -A -f 100 -s mh -b mh-fallback
fpvsadm -a -f 100 -r 10.5.0.11 -g
fpvsadm -a -f 100 -r 10.5.0.12 -g
# any port on the FTP VIP, persistent
fpvsadm -A -t 192.0.2.21:0 -s wlc -p
fpvsadm -a -t 192.0.2.21:0 -r 10.6.0.11:0 -m
fpvsadm --set 1800 60 120
# maintenance: drain one web server, move one to NAT
fpvsadm -e -t 192.0.2.10:80 -r 10.1.0.13 -g -w 0
fpvsadm -d -t 192.0.2.10:80 -r 10.1.0.12
fpvsadm -a -t 192.0.2.10:80 -r 10.1.0.12:8080 -m -w 2
fpvsadm -Ln
fpvsadm -L -n --stats
fpvsadm -L -n --rate -t 192.0.2.10:80
fpvsadm -L --thresholds -n
fpvsadm -l -n -c
fpvsadm -L --timeout
fpvsadm -Z
fpvsadm -G
fpvsadm -S -n > /etc/fpvs/rules
fpvsadm -C
fpvsadm -R < /etc/fpvs/rules
fpvsadm -Sn > /etc/fpvs/rules.again
"#;

/// A table with services and real servers sorted, for comparing tables whose order
/// differs.
fn sorted(c: &Config) -> Config {
    let mut c = c.clone();
    c.services.sort_by_key(|(s, _)| s.key);
    for (_, rs) in &mut c.services {
        rs.sort_by_key(|r| (r.addr, r.port));
    }
    c.local_addrs.sort_by_key(|la| (la.service, la.addr));
    c
}

#[test]
fn an_ipvsadm_script_runs_with_the_command_renamed() {
    let mut config = Config::default();
    let mut files: HashMap<String, String> = HashMap::new();
    let mut printed = String::new();
    let mut before_clear = None;

    for (n, line) in SCRIPT.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        assert_eq!(words.remove(0), "fpvsadm", "line {}", n + 1);
        // The shell's redirections.
        let mut stdout_to = None;
        let mut stdin_from = None;
        if let Some(i) = words.iter().position(|w| w == ">" || w == "<") {
            let file = words[i + 1].clone();
            if words[i] == ">" {
                stdout_to = Some(file);
            } else {
                stdin_from = Some(file);
            }
            words.truncate(i);
        }

        let mut req = parse(&words).unwrap_or_else(|e| panic!("line {}: {line}: {e}", n + 1));
        if let Request::Restore { text } = &mut req {
            *text = files[stdin_from.as_ref().expect("-R reads stdin")].clone();
        }
        if req == Request::Clear && before_clear.is_none() && !config.services.is_empty() {
            before_clear = Some(config.clone());
        }
        apply(&mut config, &req).unwrap_or_else(|e| panic!("line {}: {line}: {e}", n + 1));
        let out = match &req {
            Request::List(opts) => list(&config, &NoStats, opts),
            Request::Save { .. } => save(&config),
            Request::GetLaddr(key) => list_laddrs(&config, &NoStats, *key),
            _ => String::new(),
        };
        match stdout_to {
            Some(f) => {
                files.insert(f, out);
            }
            None => printed.push_str(&out),
        }
    }

    // The table the script built, and the one it restored, are the same (restored in
    // the order of the save file, which is ipvsadm's sorted order).
    let built = before_clear.expect("the script clears a built table");
    assert_eq!(sorted(&config), sorted(&built));
    assert_ne!(config, built, "the save file is sorted, the script was not");
    assert_eq!(files["/etc/fpvs/rules"], files["/etc/fpvs/rules.again"]);

    // What it built (now in the save file's order).
    assert_eq!(config.services.len(), 6);
    let web = &config.services[0];
    assert_eq!(web.0.scheduler, Scheduler::Wrr);
    let weights: Vec<(u16, u32, ForwardMethod)> =
        web.1.iter().map(|r| (r.port, r.weight, r.method)).collect();
    assert_eq!(
        weights,
        [
            (80, 3, ForwardMethod::Dr),
            (8080, 2, ForwardMethod::Nat),
            (80, 0, ForwardMethod::Dr)
        ]
    );
    assert_eq!(config.local_addrs.len(), 2);
    assert_eq!(config.timeouts.tcp, 1800);

    assert_eq!(
        files["/etc/fpvs/rules"],
        "\
--set 1800 60 120
-A -t 192.0.2.10:80 -s wrr
-a -t 192.0.2.10:80 -r 10.1.0.11:80 -g -w 3
-a -t 192.0.2.10:80 -r 10.1.0.12:8080 -m -w 2
-a -t 192.0.2.10:80 -r 10.1.0.13:80 -g -w 0
-A -t 192.0.2.10:443 -s sh -b sh-fallback,sh-port -p 600 -M 255.255.255.0
-a -t 192.0.2.10:443 -r 10.2.0.11:443 -i -w 1
-a -t 192.0.2.10:443 -r 10.2.0.12:443 -i -w 1
-A -t 192.0.2.20:8443 -s lc
-a -t 192.0.2.20:8443 -r 10.4.0.11:443 --fullnat -w 5 -x 2000 -y 1500
-a -t 192.0.2.20:8443 -r 10.4.0.12:443 --fullnat -w 5 -x 2000 -y 1500
-P -t 192.0.2.20:8443 -z 10.4.255.1
-P -t 192.0.2.20:8443 -z 10.4.255.2
-A -t 192.0.2.21:0 -s wlc -p 360
-a -t 192.0.2.21:0 -r 10.6.0.11:0 -m -w 1
-A -u 192.0.2.53:53 -s rr
-a -u 192.0.2.53:53 -r 10.3.0.11:5353 -m -w 1
-a -u 192.0.2.53:53 -r 10.3.0.12:5353 -m -w 2
-A -f 100 -s mh -b mh-fallback
-a -f 100 -r 10.5.0.11:0 -g -w 1
-a -f 100 -r 10.5.0.12:0 -g -w 1
"
    );

    // The first listing, as the operator sees it (`|` marks the end of lines that end
    // in spaces).
    let first = printed
        .split("IP Virtual Server")
        .nth(1)
        .expect("a listing was printed");
    assert_eq!(
        format!("IP Virtual Server{first}"),
        "\
IP Virtual Server version 1.2.1 (size=4096)
Prot LocalAddress:Port Scheduler Flags
  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn
TCP  192.0.2.10:80 wrr
  -> 10.1.0.11:80                 Route   3      0          0         |
  -> 10.1.0.12:8080               Masq    2      0          0         |
  -> 10.1.0.13:80                 Route   0      0          0         |
TCP  192.0.2.10:443 sh (sh-fallback,sh-port) persistent 600 mask 255.255.255.0
  -> 10.2.0.11:443                Tunnel  1      0          0         |
  -> 10.2.0.12:443                Tunnel  1      0          0         |
TCP  192.0.2.20:8443 lc
  -> 10.4.0.11:443                FullNat 5      0          0         |
  -> 10.4.0.12:443                FullNat 5      0          0         |
TCP  192.0.2.21:0 wlc persistent 360
  -> 10.6.0.11:0                  Masq    1      0          0         |
UDP  192.0.2.53:53 rr
  -> 10.3.0.11:5353               Masq    1      0          0         |
  -> 10.3.0.12:5353               Masq    2      0          0         |
FWM  100 mh (mh-fallback)
  -> 10.5.0.11:0                  Route   1      0          0         |
  -> 10.5.0.12:0                  Route   1      0          0         |
"
        .replace("|\n", "\n")
    );
}
