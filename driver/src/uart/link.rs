//! One end of the management channel: host frames with stop-and-wait retransmission,
//! and a reader thread that deframes the card's bytes.
//!
//! The host's window is one frame (the card drops a frame that arrives while it is
//! executing the previous one). Each request waits a bounded time for its reply and is
//! sent again up to `retries` times; writes, commands and injections carry a sequence
//! number the card uses to answer a repeat without executing it twice.

use crate::mmio::lock;
use crate::{DriverResult, Error};
use fpvs_abi::mgmt::{self as frame, kind, Deframed, Deframer, MgmtFrame};
use std::io::{ErrorKind, Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Link timing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkConfig {
    /// Line rate in bits per second (8N1: 10 bits a byte); waits grow with frame size.
    pub baud: u32,
    /// Wait for a reply beyond the time the bytes take on the line.
    pub reply_timeout: Duration,
    /// Retransmissions before the request fails.
    pub retries: u32,
}

impl Default for LinkConfig {
    fn default() -> Self {
        LinkConfig {
            baud: 115_200,
            reply_timeout: Duration::from_millis(200),
            retries: 3,
        }
    }
}

/// What the host side of the link counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LinkStats {
    /// Frames sent (retransmissions included).
    pub frames_out: u64,
    /// Good frames received.
    pub frames_in: u64,
    /// Received frames dropped (CRC, length, escape).
    pub bad_in: u64,
    /// Requests sent again after a timeout.
    pub retransmits: u64,
    /// Replies that matched no request (late, repeated or unknown).
    pub stray: u64,
}

/// The card's counters (`STATUS`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CardStatus {
    /// Sequence number of the last write, command or injection it executed.
    pub last_seq: u8,
    /// Host frames it dropped (CRC, length, type).
    pub bad_frames: u16,
    /// Host frames that arrived while it was busy.
    pub overruns: u16,
    /// Exceptions it dropped because its buffer was full.
    pub exceptions_dropped: u16,
}

/// Frames the card sends on its own (completions, exceptions, notifications).
pub type Unsolicited = Box<dyn FnMut(MgmtFrame) + Send>;

#[derive(Debug, Default)]
struct LinkState {
    reply: Option<MgmtFrame>,
    dead: Option<String>,
    stats: LinkStats,
}

#[derive(Debug)]
struct LinkShared {
    state: Mutex<LinkState>,
    cv: Condvar,
    stop: AtomicBool,
}

struct Sender {
    out: Box<dyn Write + Send>,
    next_seq: u8,
}

/// The host's end of the link.
pub struct Link {
    name: String,
    cfg: LinkConfig,
    shared: Arc<LinkShared>,
    sender: Mutex<Sender>,
    reader: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Link")
            .field("name", &self.name)
            .field("cfg", &self.cfg)
            .finish_non_exhaustive()
    }
}

impl Link {
    /// Starts the reader thread on `input` and synchronises sequence numbers with the
    /// card (a `STATUS` request). `input` should return within a fraction of a second
    /// when nothing arrives (a read timeout), so that the link can be shut down.
    pub fn open(
        name: &str,
        input: Box<dyn Read + Send>,
        output: Box<dyn Write + Send>,
        cfg: LinkConfig,
        unsolicited: Unsolicited,
    ) -> DriverResult<Link> {
        if cfg.baud == 0 {
            return Err(Error::InvalidArgument("baud rate 0".into()));
        }
        let shared = Arc::new(LinkShared {
            state: Mutex::new(LinkState::default()),
            cv: Condvar::new(),
            stop: AtomicBool::new(false),
        });
        let s = shared.clone();
        let reader = std::thread::Builder::new()
            .name(format!("fpvs-uart-rx {name}"))
            .spawn(move || read_loop(input, &s, unsolicited))
            .map_err(|e| Error::io("spawning the UART reader", e))?;
        let link = Link {
            name: name.to_string(),
            cfg,
            shared,
            sender: Mutex::new(Sender {
                out: output,
                next_seq: 0,
            }),
            reader: Some(reader),
        };
        let st = link.status()?;
        lock(&link.sender).next_seq = st.last_seq.wrapping_add(1);
        Ok(link)
    }

    /// What the host side counted.
    pub fn stats(&self) -> LinkStats {
        lock(&self.shared.state).stats
    }

    /// The card's counters.
    pub fn status(&self) -> DriverResult<CardStatus> {
        let b = self.request(
            kind::STATUS,
            &[],
            false,
            kind::STATUS_REPLY,
            frame::len::STATUS_REPLY,
        )?;
        Ok(CardStatus {
            last_seq: b[1],
            bad_frames: u16::from_le_bytes([b[2], b[3]]),
            overruns: u16::from_le_bytes([b[4], b[5]]),
            exceptions_dropped: u16::from_le_bytes([b[6], b[7]]),
        })
    }

    /// One register read.
    pub fn reg_read(&self, addr: u16) -> DriverResult<u32> {
        let b = self.request(
            kind::REG_READ,
            &addr.to_le_bytes(),
            false,
            kind::REG_DATA,
            frame::len::REG_DATA,
        )?;
        Ok(u32::from_le_bytes([b[1], b[2], b[3], b[4]]))
    }

    /// One register write.
    pub fn reg_write(&self, addr: u16, value: u32) -> DriverResult<()> {
        let mut body = addr.to_le_bytes().to_vec();
        body.extend_from_slice(&value.to_le_bytes());
        self.request(kind::REG_WRITE, &body, true, kind::ACK, frame::len::ACK)
            .map(drop)
    }

    /// Hands a command descriptor to the card (its completion arrives later, on its
    /// own).
    pub fn command(&self, desc: &[u8; 64]) -> DriverResult<()> {
        self.request(kind::COMMAND, desc, true, kind::ACK, frame::len::ACK)
            .map(drop)
    }

    /// Injects a frame: `target` is `[1:0]` port, `[2]` verbatim.
    pub fn inject(&self, target: u8, frame: &[u8]) -> DriverResult<()> {
        if !(frame::INJ_MIN..=frame::INJ_MAX).contains(&frame.len()) {
            return Err(Error::InvalidArgument(format!(
                "{}: a {}-byte frame cannot be injected over the UART ({}..={} bytes)",
                self.name,
                frame.len(),
                frame::INJ_MIN,
                frame::INJ_MAX
            )));
        }
        let mut body = Vec::with_capacity(frame.len() + 1);
        body.push(target);
        body.extend_from_slice(frame);
        self.request(kind::INJECT, &body, true, kind::ACK, frame::len::ACK)
            .map(drop)
    }

    /// Sends `ty` with `seq` and `body`, waits for a reply of type `want` (at least
    /// `min_len` bytes, carrying the same `seq`), retransmitting on timeout.
    fn request(
        &self,
        ty: u8,
        body: &[u8],
        consumes_seq: bool,
        want: u8,
        min_len: usize,
    ) -> DriverResult<Vec<u8>> {
        let mut sender = lock(&self.sender);
        let seq = sender.next_seq;
        let mut full = Vec::with_capacity(body.len() + 1);
        full.push(seq);
        full.extend_from_slice(body);
        let line = frame::encode(ty, &full);
        // Our frame, then at worst a completion and a full exception ahead of the
        // reply, each way, at 10 bits a byte.
        let bytes = (line.len() + 2 * 160) as u64;
        let wait = self.cfg.reply_timeout
            + Duration::from_micros(bytes * 10 * 1_000_000 / u64::from(self.cfg.baud));
        for attempt in 0..=self.cfg.retries {
            {
                let mut st = lock(&self.shared.state);
                if let Some(why) = &st.dead {
                    return Err(Error::io(
                        format!("{}: UART link", self.name),
                        std::io::Error::new(ErrorKind::BrokenPipe, why.clone()),
                    ));
                }
                st.reply = None;
                st.stats.frames_out += 1;
                if attempt > 0 {
                    st.stats.retransmits += 1;
                }
            }
            sender
                .out
                .write_all(&line)
                .and_then(|()| sender.out.flush())
                .map_err(|e| Error::io(format!("{}: writing to the UART", self.name), e))?;
            let deadline = Instant::now() + wait;
            let mut st = lock(&self.shared.state);
            loop {
                if let Some(r) = st.reply.take() {
                    if r.ty == want && r.body.len() >= min_len && r.body[0] == seq {
                        drop(st);
                        if consumes_seq {
                            sender.next_seq = seq.wrapping_add(1);
                        }
                        return Ok(r.body);
                    }
                    st.stats.stray += 1;
                    continue;
                }
                if st.dead.is_some() {
                    break;
                }
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    break;
                }
                st = self
                    .shared
                    .cv
                    .wait_timeout(st, left)
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
        }
        Err(Error::Timeout {
            what: format!(
                "{}: reply to a frame of type {ty:#04x} (sent {} times)",
                self.name,
                self.cfg.retries + 1
            ),
            after: wait * (self.cfg.retries + 1),
        })
    }
}

impl Link {
    /// Stops the reader thread; requests fail from now on.
    pub fn shutdown(&self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        let mut st = lock(&self.shared.state);
        st.dead.get_or_insert_with(|| "link shut down".into());
        self.shared.cv.notify_all();
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(h) = self.reader.take() {
            let _ = h.join();
        }
    }
}

fn read_loop(mut input: Box<dyn Read + Send>, shared: &LinkShared, mut unsolicited: Unsolicited) {
    let mut deframer = Deframer::default();
    let mut buf = [0u8; 4096];
    while !shared.stop.load(Ordering::SeqCst) {
        let n = match input.read(&mut buf) {
            // A serial port with a read timeout returns 0 when nothing came.
            Ok(0) => {
                std::thread::sleep(Duration::from_millis(5));
                continue;
            }
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    ErrorKind::WouldBlock | ErrorKind::TimedOut | ErrorKind::Interrupted
                ) =>
            {
                continue
            }
            Err(e) => {
                lock(&shared.state).dead = Some(format!("reading: {e}"));
                shared.cv.notify_all();
                return;
            }
        };
        for b in &buf[..n] {
            match deframer.feed(*b) {
                None => {}
                Some(Deframed::Bad) => lock(&shared.state).stats.bad_in += 1,
                Some(Deframed::Frame(f)) => {
                    lock(&shared.state).stats.frames_in += 1;
                    match f.ty {
                        kind::ACK | kind::REG_DATA | kind::STATUS_REPLY if !f.body.is_empty() => {
                            let mut st = lock(&shared.state);
                            if st.reply.replace(f).is_some() {
                                st.stats.stray += 1;
                            }
                            shared.cv.notify_all();
                        }
                        kind::COMPLETION | kind::EXCEPTION | kind::NOTIFY => unsolicited(f),
                        _ => lock(&shared.state).stats.stray += 1,
                    }
                }
            }
        }
    }
}
