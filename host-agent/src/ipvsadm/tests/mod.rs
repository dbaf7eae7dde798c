//! Tests of `fpvsadm`'s core against ipvsadm's behaviour.

mod apply;
mod options;
mod output;
mod parse;
mod script;

use super::{AdmError, Request};

/// Parses a command line given as one string of space-separated words.
fn cmd(line: &str) -> Result<Request, AdmError> {
    let words: Vec<String> = line.split_whitespace().map(str::to_string).collect();
    super::parse(&words)
}

/// Parses a command line that must be valid.
fn ok(line: &str) -> Request {
    cmd(line).unwrap_or_else(|e| panic!("{line}: {e}"))
}

/// The message of a command line that must fail.
fn err(line: &str) -> String {
    match cmd(line) {
        Ok(r) => panic!("{line}: accepted as {r:?}"),
        Err(e) => e.to_string(),
    }
}
