//! The control protocol between `fpvsadm` and `fpvsd`.
//!
//! A Unix stream socket (mode 0600, owned by root: only root manages the balancer,
//! as only root may run ipvsadm). One request per connection: a frame with the
//! command line `fpvsadm` was given (and, for `-R`, its standard input), answered by
//! one frame with what to print and the exit code. Frames are a 4-byte big-endian
//! length and that many bytes of JSON; anything longer than [`MAX_FRAME`] is refused
//! before it is read.

use serde::{Deserialize, Serialize};
use std::io::{Read, Write};

/// Largest frame either side accepts (a restore of ~100 000 real servers fits).
pub const MAX_FRAME: usize = 16 << 20;

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
    let mut body = vec![0u8; len];
    r.read_exact(&mut body)?;
    Ok(serde_json::from_slice(&body)?)
}

/// Async versions for the daemon.
pub mod tokio_io {
    use super::{ProtoError, MAX_FRAME};
    use serde::{Deserialize, Serialize};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// Reads one frame.
    pub async fn read_frame<T: for<'de> Deserialize<'de>>(
        r: &mut (impl AsyncReadExt + Unpin),
    ) -> Result<T, ProtoError> {
        let len = r.read_u32().await? as usize;
        if len > MAX_FRAME {
            return Err(ProtoError::TooLarge(len));
        }
        let mut body = vec![0u8; len];
        r.read_exact(&mut body).await?;
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
}
