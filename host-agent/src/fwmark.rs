//! Firewall marks for `-f` services, without a firewall in the data path.
//!
//! On an IPVS director, iptables' mangle table marks packets (`-j MARK --set-mark N`)
//! and `ipvsadm -A -f N` balances what carries mark N. Traffic through the card never
//! meets netfilter, so fpvsd evaluates those same rules itself, on the first packet of
//! a connection (the card sends it up: no service entry matches it); the connection's
//! flow entries then live in the card like any other.
//!
//! The rules are read from a file in `iptables-save` syntax (what `iptables-save -t
//! mangle` prints on the director being replaced), `fpvsd --fwmark-rules FILE`. Lines
//! that are not `-A <chain> ... -j MARK ...` (tables, chain policies, COMMIT,
//! comments, other targets) are skipped; in a MARK rule every match must be one fpvsd
//! can evaluate, else the file is refused with the line and the option named:
//!
//! | option | meaning |
//! | --- | --- |
//! | `-d`/`--destination`, `-s`/`--source` `ADDR[/PREFIX]` (optionally `!`) | addresses |
//! | `-p`/`--protocol tcp\|udp` | protocol |
//! | `-m tcp\|udp\|multiport\|comment` | match modules (comment: `--comment TEXT`) |
//! | `--dport`/`--sport P[:Q]`, `--dports`/`--sports P,Q:R,...` | ports |
//! | `-j MARK --set-mark N[/MASK]`, `--set-xmark N[/MASK]` | the mark (masks other than all-ones are refused) |
//!
//! The first matching rule decides, as a chain of MARK rules with full masks does.

use fpvs_abi::FlowKey;
use std::net::Ipv4Addr;

/// One MARK rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Protocol number (None: any of TCP and UDP).
    pub proto: Option<u8>,
    /// Source prefix (address, prefix length, negated).
    pub source: Option<(Ipv4Addr, u8, bool)>,
    /// Destination prefix (address, prefix length, negated).
    pub destination: Option<(Ipv4Addr, u8, bool)>,
    /// Source port ranges (empty: any).
    pub sports: Vec<(u16, u16)>,
    /// Destination port ranges (empty: any).
    pub dports: Vec<(u16, u16)>,
    /// The mark set.
    pub mark: u32,
}

/// The rules, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rules(pub Vec<Rule>);

fn prefix_match(a: u32, (net, len, neg): (Ipv4Addr, u8, bool)) -> bool {
    let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
    ((a & mask) == (u32::from(net) & mask)) != neg
}

fn ports_match(p: u16, ranges: &[(u16, u16)]) -> bool {
    ranges.is_empty() || ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&p))
}

impl Rule {
    fn matches(&self, k: &FlowKey) -> bool {
        self.proto.is_none_or(|p| p == k.proto)
            && self.source.is_none_or(|s| prefix_match(k.saddr, s))
            && self.destination.is_none_or(|d| prefix_match(k.daddr, d))
            && ports_match(k.sport, &self.sports)
            && ports_match(k.dport, &self.dports)
    }

    /// Destination addresses this rule covers exactly (a /32, not negated): the card
    /// answers ARP for them as for VIPs.
    pub fn vip(&self) -> Option<Ipv4Addr> {
        match self.destination {
            Some((a, 32, false)) => Some(a),
            _ => None,
        }
    }
}

impl Rules {
    /// The mark of the first rule matching this connection's first packet (0: none).
    pub fn mark(&self, k: &FlowKey) -> u32 {
        self.0.iter().find(|r| r.matches(k)).map_or(0, |r| r.mark)
    }

    /// Parses `iptables-save` text.
    pub fn parse(text: &str) -> Result<Rules, String> {
        let mut rules = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let words: Vec<&str> = line.split_whitespace().collect();
            if words.first() != Some(&"-A") || !words.windows(2).any(|w| w == ["-j", "MARK"]) {
                continue;
            }
            rules.push(
                parse_rule(&words[2.min(words.len())..])
                    .map_err(|e| format!("line {}: {e}: {}", n + 1, line.trim()))?,
            );
        }
        Ok(Rules(rules))
    }
}

fn prefix(s: &str) -> Result<(Ipv4Addr, u8), String> {
    let (a, p) = s.split_once('/').unwrap_or((s, "32"));
    let addr: Ipv4Addr = a.parse().map_err(|_| format!("bad address {s}"))?;
    let len: u8 = match p.parse::<u8>() {
        Ok(l) if l <= 32 => l,
        _ => {
            // iptables-save may print a dotted mask.
            let m: Ipv4Addr = p.parse().map_err(|_| format!("bad prefix {s}"))?;
            let m = u32::from(m);
            if m.leading_ones() + m.trailing_zeros() != 32 {
                return Err(format!("bad mask {s}"));
            }
            m.leading_ones() as u8
        }
    };
    Ok((addr, len))
}

fn port(s: &str) -> Result<u16, String> {
    s.parse().map_err(|_| format!("bad port {s}"))
}

fn ranges(s: &str) -> Result<Vec<(u16, u16)>, String> {
    s.split(',')
        .map(|r| match r.split_once(':') {
            Some((a, b)) => {
                let (lo, hi) = (port(a)?, port(b)?);
                if lo > hi {
                    return Err(format!("bad port range {r}"));
                }
                Ok((lo, hi))
            }
            None => port(r).map(|p| (p, p)),
        })
        .collect()
}

fn mark(s: &str) -> Result<u32, String> {
    let (v, m) = s.split_once('/').unwrap_or((s, "0xffffffff"));
    let num = |x: &str| match x.strip_prefix("0x") {
        Some(h) => u32::from_str_radix(h, 16),
        None => x.parse(),
    };
    let v = num(v).map_err(|_| format!("bad mark {s}"))?;
    if num(m).map_err(|_| format!("bad mark mask {s}"))? != u32::MAX {
        return Err(format!("mark mask in {s}: only full masks are supported"));
    }
    Ok(v)
}

fn parse_rule(w: &[&str]) -> Result<Rule, String> {
    let mut r = Rule {
        proto: None,
        source: None,
        destination: None,
        sports: Vec::new(),
        dports: Vec::new(),
        mark: 0,
    };
    let mut got_mark = false;
    let mut i = 0;
    let mut negate = false;
    while i < w.len() {
        let opt = w[i];
        let val = w.get(i + 1).copied();
        let need = || val.ok_or_else(|| format!("{opt} needs a value"));
        i += 2;
        match opt {
            "!" => {
                negate = true;
                i -= 1;
                continue;
            }
            "-d" | "--destination" => {
                let (a, l) = prefix(need()?)?;
                r.destination = Some((a, l, negate));
            }
            "-s" | "--source" => {
                let (a, l) = prefix(need()?)?;
                r.source = Some((a, l, negate));
            }
            "-p" | "--protocol" => {
                r.proto = Some(match need()? {
                    "tcp" | "6" => 6,
                    "udp" | "17" => 17,
                    p => return Err(format!("protocol {p}: only tcp and udp are balanced")),
                });
            }
            "-m" | "--match" => match need()? {
                "tcp" | "udp" | "multiport" | "comment" => {}
                m => return Err(format!("match module {m} is not supported")),
            },
            "--comment" => {
                // A quoted comment may span words.
                let v = need()?;
                if v.starts_with('"') && !(v.len() > 1 && v.ends_with('"')) {
                    while i < w.len() && !w[i - 1].ends_with('"') {
                        i += 1;
                    }
                }
            }
            "--dport" | "--destination-port" | "--dports" | "--destination-ports" => {
                r.dports = ranges(need()?)?;
            }
            "--sport" | "--source-port" | "--sports" | "--source-ports" => {
                r.sports = ranges(need()?)?;
            }
            "-j" | "--jump" => {
                if need()? != "MARK" {
                    return Err("target is not MARK".into());
                }
            }
            "--set-mark" | "--set-xmark" => {
                r.mark = mark(need()?)?;
                got_mark = true;
            }
            o => return Err(format!("option {o} is not supported")),
        }
        if negate && !matches!(opt, "-d" | "--destination" | "-s" | "--source") {
            return Err(format!("! before {opt} is not supported"));
        }
        negate = false;
    }
    if !got_mark {
        return Err("MARK without --set-mark/--set-xmark".into());
    }
    if (!r.dports.is_empty() || !r.sports.is_empty()) && r.proto.is_none() {
        return Err("ports need -p tcp or -p udp".into());
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: [u8; 4], sp: u16, d: [u8; 4], dp: u16, proto: u8) -> FlowKey {
        FlowKey {
            saddr: u32::from_be_bytes(s),
            daddr: u32::from_be_bytes(d),
            sport: sp,
            dport: dp,
            proto,
        }
    }

    const SAVED: &str = "\
# Generated by iptables-save v1.8.9 on Fri Nov 27 10:00:00 2026
*mangle
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -d 10.0.0.110/32 -p tcp -m multiport --dports 80,443,8000:8010 -j MARK --set-xmark 0x1/0xffffffff
-A PREROUTING -d 10.0.0.110/32 -p udp -m udp --dport 53 -m comment --comment \"dns vip\" -j MARK --set-mark 2
-A PREROUTING -s 192.0.2.0/255.255.255.0 -d 10.0.0.111/32 -p tcp -j MARK --set-mark 0x3
-A PREROUTING ! -s 10.9.0.0/16 -d 10.0.0.112/32 -j MARK --set-mark 4
-A PREROUTING -p tcp --dport 22 -j ACCEPT
COMMIT
";

    #[test]
    fn iptables_save_rules_mark_as_netfilter_would() {
        let r = Rules::parse(SAVED).unwrap();
        assert_eq!(r.0.len(), 4);
        let vip = [10, 0, 0, 110];
        assert_eq!(r.mark(&key([1, 2, 3, 4], 999, vip, 443, 6)), 1);
        assert_eq!(r.mark(&key([1, 2, 3, 4], 999, vip, 8005, 6)), 1);
        assert_eq!(r.mark(&key([1, 2, 3, 4], 999, vip, 8011, 6)), 0);
        assert_eq!(r.mark(&key([1, 2, 3, 4], 999, vip, 443, 17)), 0);
        assert_eq!(r.mark(&key([1, 2, 3, 4], 999, vip, 53, 17)), 2);
        assert_eq!(r.mark(&key([192, 0, 2, 9], 1, [10, 0, 0, 111], 5, 6)), 3);
        assert_eq!(r.mark(&key([192, 0, 3, 9], 1, [10, 0, 0, 111], 5, 6)), 0);
        assert_eq!(r.mark(&key([10, 9, 1, 1], 1, [10, 0, 0, 112], 5, 17)), 0);
        assert_eq!(r.mark(&key([10, 8, 1, 1], 1, [10, 0, 0, 112], 5, 17)), 4);
        let vips: Vec<_> = r.0.iter().filter_map(Rule::vip).collect();
        assert_eq!(vips.len(), 4);
    }

    #[test]
    fn what_cannot_be_evaluated_is_refused_with_its_line() {
        for (line, why) in [
            ("-A PREROUTING -i eth0 -j MARK --set-mark 1", "option -i"),
            (
                "-A PREROUTING -m state --state NEW -j MARK --set-mark 1",
                "match module state",
            ),
            (
                "-A PREROUTING -p icmp -j MARK --set-mark 1",
                "protocol icmp",
            ),
            (
                "-A PREROUTING -d 10.0.0.1 -j MARK --set-xmark 0x1/0xff",
                "only full masks",
            ),
            ("-A PREROUTING -d 10.0.0.1 -j MARK", "without --set-mark"),
            ("-A PREROUTING --dport 80 -j MARK --set-mark 1", "need -p"),
            (
                "-A PREROUTING -d 10.0.0.300 -j MARK --set-mark 1",
                "bad address",
            ),
            (
                "-A PREROUTING -p tcp --dport 90:80 -j MARK --set-mark 1",
                "bad port range",
            ),
        ] {
            let e = Rules::parse(&format!("*mangle\n{line}\n")).unwrap_err();
            assert!(e.starts_with("line 2: ") && e.contains(why), "{line}: {e}");
        }
    }
}
