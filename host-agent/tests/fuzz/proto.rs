//! The control protocol's decoder, blocking and async, on arbitrary input delivered
//! in arbitrary pieces: it never panics, it decodes exactly when the frame is whole
//! and its JSON a request (as `serde_json` alone decides), it errors otherwise, and
//! it never holds more than the bytes it received and a chunk.

use super::alloc::peak_during;
use fpvs_agent::proto::{self, tokio_io, ControlRequest, ProtoError, CHUNK, MAX_FRAME};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::Index;
use std::io::Read;
use std::pin::Pin;
use std::task::{Context, Poll};

/// What the decoder may hold beyond the input and a chunk: the async runtime's
/// bookkeeping while it polls.
const SLACK: usize = 4096;

/// What came of one frame, comparable.
#[derive(Debug, PartialEq)]
enum Outcome {
    Decoded(ControlRequest),
    TooLarge(usize),
    Truncated,
    NotARequest,
}

impl From<Result<ControlRequest, ProtoError>> for Outcome {
    fn from(r: Result<ControlRequest, ProtoError>) -> Self {
        match r {
            Ok(req) => Outcome::Decoded(req),
            Err(ProtoError::TooLarge(n)) => Outcome::TooLarge(n),
            Err(ProtoError::Io(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                Outcome::Truncated
            }
            Err(ProtoError::Json(_)) => Outcome::NotARequest,
            Err(e) => panic!("unexpected error reading from memory: {e}"),
        }
    }
}

/// What the input is, worked out without the decoder.
fn expected(input: &[u8]) -> Outcome {
    let Some((len, body)) = input.split_first_chunk::<4>() else {
        return Outcome::Truncated;
    };
    let len = u32::from_be_bytes(*len) as usize;
    if len > MAX_FRAME {
        Outcome::TooLarge(len)
    } else if body.len() < len {
        Outcome::Truncated
    } else {
        match serde_json::from_slice(&body[..len]) {
            Ok(req) => Outcome::Decoded(req),
            Err(_) => Outcome::NotARequest,
        }
    }
}

/// A peer that sends at most `step` bytes at a time.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl Trickle<'_> {
    fn take(&mut self, room: usize) -> &[u8] {
        let n = self.step.min(room).min(self.data.len());
        let (now, later) = self.data.split_at(n);
        self.data = later;
        now
    }
}

impl Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let now = self.take(out.len());
        out[..now.len()].copy_from_slice(now);
        Ok(now.len())
    }
}

impl tokio::io::AsyncRead for Trickle<'_> {
    fn poll_read(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        out: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let now = self.get_mut().take(out.remaining());
        out.put_slice(now);
        Poll::Ready(Ok(()))
    }
}

/// A request as `fpvsadm` would frame it.
fn framed_request() -> impl Strategy<Value = Vec<u8>> {
    (vec(".{0,12}", 0..6), proptest::option::of(".{0,40}")).prop_map(|(args, stdin)| {
        let mut frame = Vec::new();
        proto::write_frame(&mut frame, &ControlRequest { args, stdin }).unwrap();
        frame
    })
}

/// Arbitrary bytes; a length prefix (often the largest allowed, or more) and arbitrary
/// bytes; a real frame, perhaps cut short, perhaps with a byte changed.
fn input() -> impl Strategy<Value = Vec<u8>> {
    let max = MAX_FRAME as u32;
    let len = prop_oneof![
        Just(max),
        Just(max + 1),
        Just(u32::MAX),
        0u32..64,
        0..=max,
        any::<u32>(),
    ];
    let cut_or_changed = (
        framed_request(),
        proptest::option::of(any::<Index>()),
        proptest::option::of((any::<Index>(), 1..=255u8)),
    )
        .prop_map(|(mut frame, cut, change)| {
            if let Some((at, x)) = change {
                let at = at.index(frame.len());
                frame[at] ^= x;
            }
            if let Some(cut) = cut {
                frame.truncate(cut.index(frame.len()));
            }
            frame
        });
    prop_oneof![
        vec(any::<u8>(), 0..256),
        (len, vec(any::<u8>(), 0..2048))
            .prop_map(|(len, body)| [len.to_be_bytes().to_vec(), body].concat()),
        framed_request(),
        cut_or_changed,
    ]
}

// proptest's default number of cases (256, or `PROPTEST_CASES`) runs in well under a
// second.
proptest! {
    #[test]
    fn frames_decode_or_fail_cleanly_within_what_arrived(
        input in input(),
        step in prop_oneof![Just(usize::MAX), 1..64usize],
    ) {
        let want = expected(&input);
        // Only a decoded request may hold more than the input: serde's values.
        let bound = |out: &Outcome| match out {
            Outcome::Decoded(_) => usize::MAX,
            _ => input.len() + CHUNK + SLACK,
        };

        let (got, peak) = peak_during(|| {
            Outcome::from(proto::read_frame::<ControlRequest>(&mut Trickle { data: &input, step }))
        });
        prop_assert_eq!(&got, &want);
        prop_assert!(peak <= bound(&got), "blocking: {} bytes held for {} received", peak, input.len());

        let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
        let (got, peak) = peak_during(|| {
            rt.block_on(async {
                let mut r = Trickle { data: &input, step };
                Outcome::from(tokio_io::read_frame::<ControlRequest>(&mut r).await)
            })
        });
        prop_assert_eq!(&got, &want);
        prop_assert!(peak <= bound(&got), "async: {} bytes held for {} received", peak, input.len());
    }
}
