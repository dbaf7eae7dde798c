//! Command ring: batched table updates with completions.
//!
//! The ring uses each command's `tag` as its free-running index: the card must return
//! it unchanged, which ties every completion to the command it answers.

use super::core::RingCore;
use super::RingFault;
use crate::{DriverResult, Error};
use fpvs_abi::{CommandDescriptor, CommandStatus};
use std::time::{Duration, Instant};

/// A finished command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Completion {
    /// The command's free-running index (also its tag).
    pub index: u32,
    /// The command as posted, with the card's status and payload.
    pub command: CommandDescriptor,
    /// Decoded status.
    pub status: CommandStatus,
}

/// The host side of the command ring.
#[derive(Debug)]
pub struct CommandRing {
    core: RingCore,
    /// Next index to post.
    tail: u32,
    /// Next index to complete.
    done: u32,
    /// Commands in flight, by slot, as posted.
    posted: Vec<Option<CommandDescriptor>>,
}

impl CommandRing {
    pub(crate) fn new(core: RingCore) -> Self {
        let size = core.size() as usize;
        CommandRing {
            core,
            tail: 0,
            done: 0,
            posted: vec![None; size],
        }
    }

    /// Slots free for new commands.
    pub fn free(&self) -> u32 {
        self.core.size() - self.tail.wrapping_sub(self.done)
    }

    /// Commands posted and not yet completed.
    pub fn in_flight(&self) -> u32 {
        self.tail.wrapping_sub(self.done)
    }

    fn slot(&self, index: u32) -> usize {
        (index & (self.core.size() - 1)) as usize
    }

    /// Posts `cmds` (all, or none if they do not fit) and rings the doorbell once.
    /// Returns the index of the first.
    pub fn submit(&mut self, cmds: &[CommandDescriptor]) -> DriverResult<u32> {
        if cmds.len() as u64 > u64::from(self.free()) {
            return Err(self.core.fault(RingFault::Full {
                size: self.core.size(),
            }));
        }
        let first = self.tail;
        for c in cmds {
            let mut c = *c;
            c.tag = self.tail;
            c.status = CommandStatus::Pending as u8;
            self.core.write_desc(self.tail, &c.encode())?;
            let slot = self.slot(self.tail);
            self.posted[slot] = Some(c);
            self.tail = self.tail.wrapping_add(1);
        }
        if !cmds.is_empty() {
            self.core.doorbell(self.tail)?;
        }
        Ok(first)
    }

    /// Collects the commands the card has finished, in order. If one of them is bad,
    /// the good ones before it are returned; the next call returns its error (and
    /// consumes it).
    pub fn reap(&mut self) -> DriverResult<Vec<Completion>> {
        let n = self.core.finished(self.done, self.tail)?;
        let mut out = Vec::new();
        for _ in 0..n {
            match self.check(self.done) {
                Ok(c) => {
                    self.retire();
                    out.push(c);
                }
                Err(e) if out.is_empty() => {
                    self.retire();
                    return Err(e);
                }
                Err(_) => break,
            }
        }
        Ok(out)
    }

    fn retire(&mut self) {
        let slot = self.slot(self.done);
        self.posted[slot] = None;
        self.done = self.done.wrapping_add(1);
    }

    fn check(&self, index: u32) -> DriverResult<Completion> {
        let fault = |f| self.core.fault(f);
        let bytes = self.core.read_desc::<{ CommandDescriptor::BYTES }>(index)?;
        let got = CommandDescriptor::decode(&bytes);
        let posted =
            self.posted[self.slot(index)].ok_or_else(|| fault(RingFault::NotDone { index }))?;
        let status = CommandStatus::from_code(got.status).map_err(|_| {
            fault(RingFault::UnknownStatus {
                index,
                code: got.status,
            })
        })?;
        if status == CommandStatus::Pending {
            return Err(fault(RingFault::NotDone { index }));
        }
        if got.tag != posted.tag {
            return Err(fault(RingFault::TagMismatch {
                index,
                expected: posted.tag,
                found: got.tag,
            }));
        }
        for (field, same) in [
            ("opcode", got.opcode == posted.opcode),
            ("table", got.table == posted.table),
            ("count", got.count == posted.count),
            ("index", got.index == posted.index),
        ] {
            if !same {
                return Err(fault(RingFault::FieldChanged { index, field }));
            }
        }
        Ok(Completion {
            index,
            command: CommandDescriptor {
                status: got.status,
                payload: got.payload,
                ..posted
            },
            status,
        })
    }

    /// Runs `cmds` to completion, in ring-sized batches, and returns their completions
    /// in order; at most `timeout` in all.
    pub fn execute(
        &mut self,
        cmds: &[CommandDescriptor],
        timeout: Duration,
    ) -> DriverResult<Vec<Completion>> {
        let start = Instant::now();
        let mut out = Vec::with_capacity(cmds.len());
        // Completions of commands posted before this call are not ours.
        let mut foreign = self.in_flight();
        let mut rest = cmds;
        while !rest.is_empty() || self.in_flight() > 0 {
            let room = (self.free() as usize).min(rest.len());
            if room > 0 {
                self.submit(&rest[..room])?;
                rest = &rest[room..];
            }
            let left = timeout.saturating_sub(start.elapsed());
            let batch = self
                .core
                .waiter
                .clone()
                .wait("command completions", left, || {
                    let v = self.reap()?;
                    Ok((!v.is_empty()).then_some(v))
                })?;
            for c in batch {
                if foreign > 0 {
                    foreign -= 1;
                } else {
                    out.push(c);
                }
            }
            if start.elapsed() > timeout && (self.in_flight() > 0 || !rest.is_empty()) {
                return Err(Error::Timeout {
                    what: "command completions".into(),
                    after: start.elapsed(),
                });
            }
        }
        Ok(out)
    }
}
