//! Scheduler flags (`-b`): a comma-separated list on the command line, three bits in
//! IPVS. The bits are named after the scheduler: `sh-fallback`/`sh-port` for `sh`,
//! `mh-fallback`/`mh-port` for `mh`, `flag-1`/`flag-2` otherwise; the third bit is
//! always `flag-3`. Output names the bits that are set, in bit order, so the list a
//! service stores is kept in that canonical form.

use super::AdmError;
use crate::config::Scheduler;

/// The names of the three bits for a scheduler, in bit order.
fn bit_names(sched: Scheduler) -> [&'static str; 3] {
    match sched {
        Scheduler::Sh => ["sh-fallback", "sh-port", "flag-3"],
        Scheduler::Mh => ["mh-fallback", "mh-port", "flag-3"],
        _ => ["flag-1", "flag-2", "flag-3"],
    }
}

/// The bit a flag name sets, if the name is valid for the scheduler.
fn bit_of(sched: Scheduler, name: &str) -> Result<u8, AdmError> {
    let (bit, only) = match name {
        "flag-1" => (1, None),
        "flag-2" => (2, None),
        "flag-3" => (4, None),
        "sh-fallback" => (1, Some(Scheduler::Sh)),
        "sh-port" => (2, Some(Scheduler::Sh)),
        "mh-fallback" => (1, Some(Scheduler::Mh)),
        "mh-port" => (2, Some(Scheduler::Mh)),
        _ => return Err(AdmError::usage(format!("invalid scheduler flag `{name}'"))),
    };
    match only {
        Some(s) if s != sched => Err(AdmError::usage(format!(
            "incompatible scheduler flag `{name}'"
        ))),
        _ => Ok(bit),
    }
}

/// The bits a list of flag names sets.
pub(super) fn bits<S: AsRef<str>>(sched: Scheduler, names: &[S]) -> Result<u8, AdmError> {
    names
        .iter()
        .try_fold(0, |acc, n| Ok(acc | bit_of(sched, n.as_ref())?))
}

/// The canonical names of some bits.
pub(super) fn names(sched: Scheduler, bits: u8) -> Vec<String> {
    bit_names(sched)
        .iter()
        .enumerate()
        .filter(|(i, _)| bits & (1 << i) != 0)
        .map(|(_, n)| n.to_string())
        .collect()
}

/// Parses the argument of `-b` (empty items are skipped, as `strtok` does) into
/// canonical names.
pub(super) fn parse(sched: Scheduler, arg: &str) -> Result<Vec<String>, AdmError> {
    let items: Vec<&str> = arg.split(',').filter(|s| !s.is_empty()).collect();
    if items.is_empty() {
        return Err(AdmError::usage(format!("invalid scheduler flag `{arg}'")));
    }
    Ok(names(sched, bits(sched, &items)?))
}

/// The canonical, comma-separated form of a stored list (for output).
pub(super) fn display(sched: Scheduler, stored: &[String]) -> String {
    // A stored list that is not valid for its scheduler cannot be produced by `parse`
    // or accepted by `apply`; show it as stored rather than lose it.
    match bits(sched, stored) {
        Ok(b) => names(sched, b).join(","),
        Err(_) => stored.join(","),
    }
}
