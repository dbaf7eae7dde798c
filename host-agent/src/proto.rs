//! The control protocol between `fpvsadm` and `fpvsd`.
//!
//! A Unix stream socket (mode 0600, owned by root: only root manages the balancer,
//! as only root may run ipvsadm). One request per connection: a frame with the
//! command line `fpvsadm` was given (and, for `-R`, its standard input), answered by
//! one frame with what to print and the exit code. Frames are a 4-byte big-endian
//! length and that many bytes of JSON; anything longer than [`MAX_FRAME`] is refused
//! before it is read.
//!
//! A length is only a claim until its bytes arrive: the body is read [`CHUNK`] by
//! [`CHUNK`], its buffer growing with what came, so a peer that announces 16 MiB and
//! sends ten bytes costs ten bytes and a chunk, not 16 MiB.

use serde::{Deserialize, Serialize};
use std::io::{Read, Write};

/// Largest frame either side accepts (a restore of ~100 000 real servers fits).
pub const MAX_FRAME: usize = 16 << 20;

/// How far ahead of the bytes received a frame's buffer may grow.
pub const CHUNK: usize = 64 << 10;

/// Grows `buf` (whose first `filled` bytes are data) by up to a chunk towards `end`
/// once the data has filled it.
fn grow(buf: &mut Vec<u8>, filled: usize, end: usize) {
    if filled == buf.len() {
        let more = (end - filled).min(CHUNK);
        buf.reserve_exact(more);
        buf.resize(filled + more, 0);
    }
}

/// Reads `len` bytes onto the end of `buf`, growing it never more than a [`CHUNK`]
/// beyond the bytes received. On an error (end of stream included), `buf` holds what
/// arrived.
pub fn read_body(r: &mut impl Read, len: usize, buf: &mut Vec<u8>) -> std::io::Result<()> {
    let end = buf.len() + len;
    let mut filled = buf.len();
    while filled < end {
        grow(buf, filled, end);
        let got = r.read(&mut buf[filled..]);
        if let Some(end) = after_read(buf, &mut filled, got) {
            return end;
        }
    }
    Ok(())
}

/// Takes one read of a body into account: None to read on, or how the body ends
/// (end of file or an error, the buffer cut back to the bytes that arrived).
fn after_read(
    buf: &mut Vec<u8>,
    filled: &mut usize,
    got: std::io::Result<usize>,
) -> Option<std::io::Result<()>> {
    match got {
        Ok(0) => {
            buf.truncate(*filled);
            Some(Err(std::io::ErrorKind::UnexpectedEof.into()))
        }
        Ok(n) => {
            *filled += n;
            None
        }
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => None,
        Err(e) => {
            buf.truncate(*filled);
            Some(Err(e))
        }
    }
}

/// What `fpvsadm` asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlRequest {
    /// The arguments after the program name, as given.
    pub args: Vec<String>,
    /// Standard input, for `-R` / `--restore`.
    pub stdin: Option<String>,
}

/// What `fpvsd` answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ControlResponse {
    /// Exit code for `fpvsadm` (0 = success; 2 = bad usage, as ipvsadm).
    pub code: i32,
    /// Text for standard output.
    pub stdout: String,
    /// Text for standard error.
    pub stderr: String,
}

impl ControlResponse {
    /// Success with output.
    pub fn ok(stdout: impl Into<String>) -> Self {
        ControlResponse {
            code: 0,
            stdout: stdout.into(),
            stderr: String::new(),
        }
    }

    /// Failure with a message.
    pub fn err(code: i32, stderr: impl Into<String>) -> Self {
        let mut s: String = stderr.into();
        if !s.ends_with('\n') {
            s.push('\n');
        }
        ControlResponse {
            code,
            stdout: String::new(),
            stderr: s,
        }
    }
}

/// Protocol errors.
#[derive(Debug, thiserror::Error)]
pub enum ProtoError {
    /// I/O.
    #[error("control socket: {0}")]
    Io(#[from] std::io::Error),
    /// A frame over the limit.
    #[error("control frame of {0} bytes exceeds the {MAX_FRAME}-byte limit")]
    TooLarge(usize),
    /// Not the JSON expected.
    #[error("control frame: {0}")]
    Json(#[from] serde_json::Error),
}

/// Writes one frame.
pub fn write_frame<T: Serialize>(w: &mut impl Write, msg: &T) -> Result<(), ProtoError> {
    let body = serde_json::to_vec(msg)?;
    if body.len() > MAX_FRAME {
        return Err(ProtoError::TooLarge(body.len()));
    }
    w.write_all(&(body.len() as u32).to_be_bytes())?;
    w.write_all(&body)?;
    w.flush()?;
    Ok(())
}

/// Reads one frame.
pub fn read_frame<T: for<'de> Deserialize<'de>>(r: &mut impl Read) -> Result<T, ProtoError> {
    let mut len = [0u8; 4];
    r.read_exact(&mut len)?;
    let len = u32::from_be_bytes(len) as usize;
    if len > MAX_FRAME {
        return Err(ProtoError::TooLarge(len));
    }
    let mut body = Vec::new();
    read_body(r, len, &mut body)?;
    Ok(serde_json::from_slice(&body)?)
}

/// Async versions for the daemon.
pub mod tokio_io {
    use super::{grow, ProtoError, MAX_FRAME};
    use serde::{Deserialize, Serialize};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// [`read_body`](super::read_body), for the daemon.
    pub async fn read_body(
        r: &mut (impl AsyncReadExt + Unpin),
        len: usize,
        buf: &mut Vec<u8>,
    ) -> std::io::Result<()> {
        let end = buf.len() + len;
        let mut filled = buf.len();
        while filled < end {
            grow(buf, filled, end);
            let got = r.read(&mut buf[filled..]).await;
            if let Some(end) = super::after_read(buf, &mut filled, got) {
                return end;
            }
        }
        Ok(())
    }

    /// Reads one frame.
    pub async fn read_frame<T: for<'de> Deserialize<'de>>(
        r: &mut (impl AsyncReadExt + Unpin),
    ) -> Result<T, ProtoError> {
        let len = r.read_u32().await? as usize;
        if len > MAX_FRAME {
            return Err(ProtoError::TooLarge(len));
        }
        let mut body = Vec::new();
        read_body(r, len, &mut body).await?;
        Ok(serde_json::from_slice(&body)?)
    }

    /// Writes one frame.
    pub async fn write_frame<T: Serialize>(
        w: &mut (impl AsyncWriteExt + Unpin),
        msg: &T,
    ) -> Result<(), ProtoError> {
        let body = serde_json::to_vec(msg)?;
        if body.len() > MAX_FRAME {
            return Err(ProtoError::TooLarge(body.len()));
        }
        w.write_u32(body.len() as u32).await?;
        w.write_all(&body).await?;
        w.flush().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_oversize_is_refused() {
        let req = ControlRequest {
            args: vec!["-L".into(), "-n".into()],
            stdin: None,
        };
        let mut buf = Vec::new();
        write_frame(&mut buf, &req).unwrap();
        assert_eq!(
            read_frame::<ControlRequest>(&mut buf.as_slice()).unwrap(),
            req
        );
        let mut huge = ((MAX_FRAME + 1) as u32).to_be_bytes().to_vec();
        huge.extend_from_slice(b"{}");
        assert!(matches!(
            read_frame::<ControlRequest>(&mut huge.as_slice()),
            Err(ProtoError::TooLarge(_))
        ));
        let mut junk = 3u32.to_be_bytes().to_vec();
        junk.extend_from_slice(b"{x}");
        assert!(matches!(
            read_frame::<ControlRequest>(&mut junk.as_slice()),
            Err(ProtoError::Json(_))
        ));
    }

    /// A reader that hands out at most `step` bytes per call, as a slow peer would.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.step.min(out.len()).min(self.data.len());
            out[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    #[test]
    fn a_huge_length_with_a_short_body_costs_the_body_and_a_chunk() {
        let mut buf = Vec::new();
        let err = read_body(&mut &b"0123456789"[..], MAX_FRAME, &mut buf).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::UnexpectedEof);
        assert_eq!(buf, b"0123456789");
        assert!(buf.capacity() <= 10 + CHUNK, "capacity {}", buf.capacity());

        let mut frame = (MAX_FRAME as u32).to_be_bytes().to_vec();
        frame.extend_from_slice(b"{\"args\":[");
        assert!(matches!(
            read_frame::<ControlRequest>(&mut frame.as_slice()),
            Err(ProtoError::Io(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof
        ));
    }

    #[test]
    fn the_buffer_follows_a_slow_body_chunk_by_chunk() {
        let body: Vec<u8> = (0..300_000u32).map(|i| i as u8).collect();
        for (len, sent) in [(body.len(), body.len()), (MAX_FRAME, 200_001)] {
            let mut r = Trickle {
                data: &body[..sent],
                step: 7,
            };
            let mut buf = Vec::new();
            let res = read_body(&mut r, len, &mut buf);
            assert_eq!(res.is_ok(), sent == len);
            assert_eq!(buf, &body[..sent]);
            assert!(
                buf.capacity() <= sent + CHUNK,
                "{} bytes in a buffer of {}",
                sent,
                buf.capacity()
            );
        }
    }

    #[test]
    fn a_largest_frame_round_trips() {
        // `write_frame` checks the body, JSON quotes and all, against the limit.
        let req = ControlRequest {
            args: vec!["-R".into()],
            stdin: Some("x".repeat(MAX_FRAME - 64)),
        };
        let mut buf = Vec::new();
        write_frame(&mut buf, &req).unwrap();
        assert!(buf.len() - 4 <= MAX_FRAME);
        let t = std::time::Instant::now();
        assert_eq!(
            read_frame::<ControlRequest>(&mut buf.as_slice()).unwrap(),
            req
        );
        eprintln!("{} bytes read in {:?}", buf.len(), t.elapsed());
    }

    #[tokio::test]
    async fn the_async_reader_costs_the_body_and_a_chunk_too() {
        let mut buf = Vec::new();
        let err = tokio_io::read_body(&mut &b"0123456789"[..], MAX_FRAME, &mut buf)
            .await
            .unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::UnexpectedEof);
        assert_eq!(buf, b"0123456789");
        assert!(buf.capacity() <= 10 + CHUNK, "capacity {}", buf.capacity());

        let req = ControlRequest {
            args: vec!["-L".into(), "-n".into()],
            stdin: Some("y".repeat(3 * CHUNK)),
        };
        let mut frame = Vec::new();
        tokio_io::write_frame(&mut frame, &req).await.unwrap();
        assert_eq!(
            tokio_io::read_frame::<ControlRequest>(&mut frame.as_slice())
                .await
                .unwrap(),
            req
        );
    }
}
