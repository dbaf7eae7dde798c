//! The card's punt rate limiter as fpvsd sets it: one token bucket per class of
//! exception (`ReasonClass`: new connections, ARP/ICMP, everything else), so that a
//! SYN flood reaches the host at a bounded rate and cannot starve ARP.
//!
//! Rates are per second of the card's clock (`CLOCK_KHZ`). The card adds `RATE` tokens
//! to every bucket each `PERIOD` clocks, one period for all classes; fpvsd picks the
//! period as a second divided by the rates' greatest common divisor, so every class
//! gets its rate exactly, and each class's burst (its bucket's depth) must hold at
//! least one period's tokens.

use fpvs_abi::{regs, ReasonClass};
use std::fmt;

/// One class's bucket: tokens per second and depth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bucket {
    /// Exceptions per second let through on average.
    pub rate: u32,
    /// Exceptions let through at once after a quiet spell.
    pub burst: u32,
}

/// The limiter's setting: a bucket per class, or off (every exception reaches the
/// host).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PuntLimits {
    /// Per class (`ReasonClass as usize`); None for no limit on that class.
    pub classes: [Option<Bucket>; ReasonClass::COUNT],
}

/// The classes' names on the command line and in `fpvsadm status`.
pub const CLASS_NAMES: [&str; ReasonClass::COUNT] = ["new-flow", "control", "other"];

/// Largest rate and burst a bucket holds (16-bit token counters).
const MAX_TOKENS: u32 = u16::MAX as u32;

impl Default for PuntLimits {
    /// fpvsd's default: new connections 20 000/s (bursts of 2 000), ARP and ICMP
    /// 2 000/s (200), the rest 1 000/s (100), so that a flood costs the host a
    /// bounded share of a core (`slowpath-bench` measures what fpvsd's slow path
    /// takes on a given host; set the new-flow rate under it).
    fn default() -> Self {
        PuntLimits {
            classes: [
                Some(Bucket {
                    rate: 20_000,
                    burst: 2_000,
                }),
                Some(Bucket {
                    rate: 2_000,
                    burst: 200,
                }),
                Some(Bucket {
                    rate: 1_000,
                    burst: 100,
                }),
            ],
        }
    }
}

/// The register values of a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimiterRegisters {
    /// `PERIOD`: clocks between refills (0: off).
    pub period: u32,
    /// Per class: `RATE` (tokens per period) and `BURST`.
    pub classes: [(u32, u32); ReasonClass::COUNT],
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

impl PuntLimits {
    /// No limiting.
    pub const OFF: PuntLimits = PuntLimits {
        classes: [None; ReasonClass::COUNT],
    };

    /// Applies one `--punt-limit` argument: `off`, or `CLASS=RATE[/BURST]` with
    /// CLASS `new-flow`, `control`, `other` or `all`, RATE per second or `off`, BURST
    /// a tenth of the rate when left out.
    pub fn apply_arg(&mut self, s: &str) -> Result<(), String> {
        if s == "off" {
            *self = PuntLimits::OFF;
            return Ok(());
        }
        let (class, value) = s.split_once('=').ok_or_else(|| {
            format!("{s:?}: expected off or CLASS=RATE[/BURST] (new-flow, control, other, all)")
        })?;
        let which: Vec<usize> = match class {
            "all" => (0..ReasonClass::COUNT).collect(),
            c => vec![CLASS_NAMES
                .iter()
                .position(|n| *n == c)
                .ok_or_else(|| format!("{c:?}: unknown class (new-flow, control, other, all)"))?],
        };
        let bucket = if value == "off" {
            None
        } else {
            let (rate, burst) = match value.split_once('/') {
                Some((r, b)) => (r, Some(b)),
                None => (value, None),
            };
            let num = |v: &str, what: &str| {
                v.parse::<u32>()
                    .ok()
                    .filter(|n| (1..=1_000_000_000).contains(n))
                    .ok_or_else(|| format!("{v:?}: {what} is a whole number from 1"))
            };
            let rate = num(rate, "a rate")?;
            let burst = match burst {
                Some(b) => num(b, "a burst")?,
                None => (rate / 10).max(1),
            };
            if burst > MAX_TOKENS {
                return Err(format!("{burst}: a burst is at most {MAX_TOKENS}"));
            }
            Some(Bucket { rate, burst })
        };
        for c in which {
            self.classes[c] = bucket;
        }
        Ok(())
    }

    /// The registers for a card clocked at `clock_khz`.
    pub fn registers(&self, clock_khz: u32) -> Result<LimiterRegisters, String> {
        let hz = u64::from(clock_khz) * 1000;
        let rates: Vec<u32> = self.classes.iter().flatten().map(|b| b.rate).collect();
        if rates.is_empty() {
            return Ok(LimiterRegisters {
                period: 0,
                classes: [(0, 0); ReasonClass::COUNT],
            });
        }
        if hz == 0 {
            return Err("the card reports no clock rate: the limiter cannot be set".into());
        }
        let g = rates.iter().copied().fold(0, gcd);
        let period = (hz / u64::from(g)).max(1);
        let period = u32::try_from(period)
            .map_err(|_| format!("rates whose common divisor is {g}/s need too long a period"))?;
        let mut classes = [(0, 0); ReasonClass::COUNT];
        for (c, b) in self.classes.iter().enumerate() {
            classes[c] = match b {
                // No limit on this class: a period's worth of a full bucket.
                None => (MAX_TOKENS, MAX_TOKENS),
                Some(b) => {
                    let per = b.rate / g;
                    if per > b.burst {
                        return Err(format!(
                            "{}: a burst of {} is less than the {per} tokens added each 1/{g} s \
                             (the rates' common divisor); raise it, or pick rates with a larger \
                             common divisor",
                            CLASS_NAMES[c], b.burst
                        ));
                    }
                    (per, b.burst)
                }
            };
        }
        Ok(LimiterRegisters { period, classes })
    }

    /// Writes the setting to the card (period last: limiting starts once every
    /// bucket is set, from empty buckets that fill at their rate).
    pub fn program(&self, regs: &fpvs_driver::Registers, clock_khz: u32) -> Result<(), String> {
        let r = self.registers(clock_khz)?;
        let err = |e: fpvs_driver::Error| e.to_string();
        regs.write(regs::ratelimit::PERIOD, 0).map_err(err)?;
        for (c, class) in ReasonClass::ALL.into_iter().enumerate() {
            let (rate, burst) = r.classes[c];
            regs.write(
                regs::ratelimit::class_reg(class, regs::ratelimit::RATE),
                rate,
            )
            .map_err(err)?;
            regs.write(
                regs::ratelimit::class_reg(class, regs::ratelimit::BURST),
                burst,
            )
            .map_err(err)?;
        }
        regs.write(regs::ratelimit::PERIOD, r.period).map_err(err)
    }
}

impl fmt::Display for PuntLimits {
    /// As `fpvsadm status` shows it: `new-flow 20000/s burst 2000, ...`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.classes.iter().all(Option::is_none) {
            return write!(f, "off");
        }
        for (c, b) in self.classes.iter().enumerate() {
            if c > 0 {
                write!(f, ", ")?;
            }
            match b {
                Some(b) => write!(f, "{} {}/s burst {}", CLASS_NAMES[c], b.rate, b.burst)?,
                None => write!(f, "{} unlimited", CLASS_NAMES[c])?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_gives_every_class_its_rate_exactly() {
        let r = PuntLimits::default().registers(125_000).unwrap();
        // Common divisor 1 000/s: a refill every millisecond (125 000 clocks).
        assert_eq!(r.period, 125_000);
        assert_eq!(r.classes, [(20, 2_000), (2, 200), (1, 100)]);
        for (c, b) in PuntLimits::default().classes.iter().enumerate() {
            let per_second = u64::from(r.classes[c].0) * 125_000_000 / u64::from(r.period);
            assert_eq!(per_second, u64::from(b.unwrap().rate));
        }
    }

    #[test]
    fn arguments_set_classes_and_refuse_what_the_card_cannot_do() {
        let mut l = PuntLimits::default();
        l.apply_arg("new-flow=5000/800").unwrap();
        l.apply_arg("other=off").unwrap();
        assert_eq!(
            l.to_string(),
            "new-flow 5000/s burst 800, control 2000/s burst 200, other unlimited"
        );
        let r = l.registers(250_000).unwrap();
        assert_eq!(r.period, 250_000_000 / 1000);
        assert_eq!(r.classes[2], (MAX_TOKENS, MAX_TOKENS));
        l.apply_arg("all=300").unwrap();
        assert_eq!(
            l.classes[1],
            Some(Bucket {
                rate: 300,
                burst: 30
            })
        );
        l.apply_arg("off").unwrap();
        assert_eq!(l.to_string(), "off");
        assert_eq!(l.registers(125_000).unwrap().period, 0);
        for bad in [
            "syn=100",
            "new-flow",
            "new-flow=0",
            "new-flow=x/1",
            "new-flow=10/70000",
        ] {
            assert!(PuntLimits::default().apply_arg(bad).is_err(), "{bad}");
        }
        // 20 001/s and 1 000/s: common divisor 1, so a burst must hold 20 001 tokens.
        let mut l = PuntLimits::default();
        l.apply_arg("new-flow=20001/2000").unwrap();
        let e = l.registers(125_000).unwrap_err();
        assert!(e.contains("less than the 20001 tokens"), "{e}");
    }
}
