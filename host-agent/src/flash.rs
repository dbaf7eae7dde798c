//! `fpvsadm flash --board NAME [--cable NAME] [--verify] BITSTREAM`: writes a board's
//! configuration flash with openFPGALoader.
//!
//! Everything but running the program is pure and tested here: the board table, the
//! bitstream check (an ECP5 bitstream carries its part's JTAG IDCODE in a `VERIFY_ID`
//! command, 0xE2 then three zero bytes then the IDCODE big-endian, right after the
//! 0xFFFFBDB3 preamble; ecppack writes it for the `--45k`/`--25k` part it was given),
//! the argument list, and the reading of openFPGALoader's failures.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A board `fpvsadm flash` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Board {
    /// Name on the command line.
    pub name: &'static str,
    /// openFPGALoader's `--board` name.
    pub loader_board: &'static str,
    /// The FPGA.
    pub part: &'static str,
    /// Its JTAG IDCODE.
    pub idcode: u32,
}

/// The boards: the FPVS board build targets the Colorlight i9.
pub const BOARDS: &[Board] = &[
    Board {
        name: "colorlight-i9",
        loader_board: "colorlight-i9",
        part: "LFE5U-45F-6BG381C",
        idcode: 0x4111_2043,
    },
    Board {
        name: "colorlight-i5",
        loader_board: "colorlight-i5",
        part: "LFE5U-25F-6BG381C",
        idcode: 0x4111_1043,
    },
];

/// The ECP5 parts by IDCODE, for messages.
const PARTS: &[(u32, &str)] = &[
    (0x2111_1043, "LFE5U-12F"),
    (0x4111_1043, "LFE5U-25F"),
    (0x4111_2043, "LFE5U-45F"),
    (0x4111_3043, "LFE5U-85F"),
    (0x0111_1043, "LFE5UM-25F"),
    (0x0111_2043, "LFE5UM-45F"),
    (0x0111_3043, "LFE5UM-85F"),
    (0x8111_1043, "LFE5UM5G-25F"),
    (0x8111_2043, "LFE5UM5G-45F"),
    (0x8111_3043, "LFE5UM5G-85F"),
];

fn part_name(idcode: u32) -> String {
    PARTS
        .iter()
        .find(|(id, _)| *id == idcode)
        .map(|(_, n)| n.to_string())
        .unwrap_or_else(|| format!("an unknown part (IDCODE {idcode:#010x})"))
}

/// `flash` arguments.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct FlashRequest {
    /// Board name (see [`BOARDS`]).
    pub board: String,
    /// openFPGALoader cable, if not the board's default.
    pub cable: Option<String>,
    /// Read the flash back and compare.
    pub verify: bool,
    /// The bitstream.
    pub bitstream: PathBuf,
}

/// Why a flash did not happen.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FlashError {
    /// Unknown board name.
    #[error("unknown board '{0}' (known: {1})")]
    UnknownBoard(String, String),
    /// The bitstream cannot be read.
    #[error("{0}: {1}")]
    Unreadable(PathBuf, String),
    /// Not an ECP5 bitstream.
    #[error("{0}: not an ECP5 bitstream (no preamble and device ID)")]
    NotBitstream(PathBuf),
    /// Built for another part.
    #[error("{path}: built for {found}, but board {board} carries {want}; refusing to flash it")]
    WrongPart {
        /// The file.
        path: PathBuf,
        /// The board.
        board: String,
        /// Its part.
        want: String,
        /// The bitstream's part.
        found: String,
    },
    /// openFPGALoader is not installed.
    #[error("openFPGALoader is not installed (apt-get install openfpgaloader)")]
    NoLoader,
    /// No cable.
    #[error("no programming cable found{0}: connect the board's USB (JTAG) cable, check its permissions (udev rules or root)")]
    NoCable(String),
    /// A cable but no FPGA on it.
    #[error(
        "the cable answered but no FPGA was found on JTAG: is board {0} powered and plugged in?"
    )]
    NoBoard(String),
    /// Anything else openFPGALoader reported.
    #[error("openFPGALoader failed ({status}): {detail}")]
    Loader {
        /// Exit status.
        status: String,
        /// Its last lines of output.
        detail: String,
    },
}

/// Looks a board up by name.
pub fn board(name: &str) -> Result<&'static Board, FlashError> {
    BOARDS.iter().find(|b| b.name == name).ok_or_else(|| {
        FlashError::UnknownBoard(
            name.to_string(),
            BOARDS.iter().map(|b| b.name).collect::<Vec<_>>().join(", "),
        )
    })
}

/// The IDCODE an ECP5 bitstream checks (`VERIFY_ID` after the preamble).
pub fn bitstream_idcode(bytes: &[u8]) -> Option<u32> {
    const PREAMBLE: [u8; 4] = [0xFF, 0xFF, 0xBD, 0xB3];
    let start = bytes.windows(4).position(|w| w == PREAMBLE)? + 4;
    // Dummy bytes and short commands come first; VERIFY_ID is among the first commands.
    let window = &bytes[start..bytes.len().min(start + 64)];
    let at = window.windows(4).position(|w| w == [0xE2, 0, 0, 0])? + 4;
    let id = window.get(at..at + 4)?;
    Some(u32::from_be_bytes([id[0], id[1], id[2], id[3]]))
}

/// Checks that `bytes` (the contents of `path`) were built for `board`'s part.
pub fn check_bitstream(board: &Board, path: &Path, bytes: &[u8]) -> Result<(), FlashError> {
    let id = bitstream_idcode(bytes).ok_or_else(|| FlashError::NotBitstream(path.into()))?;
    if id != board.idcode {
        return Err(FlashError::WrongPart {
            path: path.into(),
            board: board.name.into(),
            want: board.part.into(),
            found: part_name(id),
        });
    }
    Ok(())
}

/// openFPGALoader's arguments for a request.
pub fn loader_args(board: &Board, req: &FlashRequest) -> Vec<String> {
    let mut a = vec!["--board".to_string(), board.loader_board.to_string()];
    if let Some(c) = &req.cable {
        a.push("--cable".into());
        a.push(c.clone());
    }
    a.push("--write-flash".into());
    if req.verify {
        a.push("--verify".into());
    }
    a.push(req.bitstream.display().to_string());
    a
}

/// Reads openFPGALoader's failure from its exit status text and output.
pub fn classify_failure(
    board: &Board,
    cable: Option<&str>,
    status: &str,
    output: &str,
) -> FlashError {
    let lower = output.to_lowercase();
    let cable_text = cable.map(|c| format!(" ({c})")).unwrap_or_default();
    if lower.contains("no device found on jtag")
        || lower.contains("found 0 devices")
        || lower.contains("no fpga")
    {
        return FlashError::NoBoard(board.name.into());
    }
    if lower.contains("unable to open ftdi")
        || lower.contains("no cable")
        || lower.contains("cable not found")
        || lower.contains("usb_open")
        || lower.contains("no device found")
        || lower.contains("fails to open device")
    {
        return FlashError::NoCable(cable_text);
    }
    let detail: Vec<&str> = output.lines().rev().take(3).collect();
    FlashError::Loader {
        status: status.into(),
        detail: detail.into_iter().rev().collect::<Vec<_>>().join(" / "),
    }
}

/// Checks the request and runs `loader` (openFPGALoader's path or name).
pub fn flash(req: &FlashRequest, loader: &str) -> Result<(), FlashError> {
    let b = board(&req.board)?;
    let bytes = std::fs::read(&req.bitstream)
        .map_err(|e| FlashError::Unreadable(req.bitstream.clone(), e.to_string()))?;
    check_bitstream(b, &req.bitstream, &bytes)?;
    let out = Command::new(loader)
        .args(loader_args(b, req))
        .output()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => FlashError::NoLoader,
            _ => FlashError::Loader {
                status: "not started".into(),
                detail: e.to_string(),
            },
        })?;
    if out.status.success() {
        return Ok(());
    }
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Err(classify_failure(
        b,
        req.cable.as_deref(),
        &out.status.to_string(),
        &text,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    /// The start of a bitstream as ecppack writes it: comment, preamble, commands.
    fn fake_bitstream(idcode: u32) -> Vec<u8> {
        let mut v = vec![0xFF, 0x00];
        v.extend_from_slice(b"Part: LFE5U-45F-6CABGA381\0");
        v.extend_from_slice(&[0x00, 0xFF, 0xFF, 0xFF, 0xBD, 0xB3, 0xFF, 0xFF, 0xFF, 0xFF]);
        v.extend_from_slice(&[0x3B, 0, 0, 0, 0xE2, 0, 0, 0]);
        v.extend_from_slice(&idcode.to_be_bytes());
        v.extend_from_slice(&[0x22, 0, 0, 0, 0x40, 0, 0, 0]);
        v.extend(std::iter::repeat_n(0x5A, 200));
        v
    }

    fn req(board: &str, cable: Option<&str>, verify: bool, path: &Path) -> FlashRequest {
        FlashRequest {
            board: board.into(),
            cable: cable.map(String::from),
            verify,
            bitstream: path.into(),
        }
    }

    #[test]
    fn arguments_for_openfpgaloader() {
        let b = board("colorlight-i9").unwrap();
        let p = Path::new("/tmp/x.bit");
        assert_eq!(
            loader_args(b, &req("colorlight-i9", None, false, p)),
            ["--board", "colorlight-i9", "--write-flash", "/tmp/x.bit"]
        );
        assert_eq!(
            loader_args(b, &req("colorlight-i9", Some("ft232"), true, p)),
            [
                "--board",
                "colorlight-i9",
                "--cable",
                "ft232",
                "--write-flash",
                "--verify",
                "/tmp/x.bit"
            ]
        );
    }

    #[test]
    fn unknown_board_is_refused_with_the_known_ones() {
        let e = board("ulx4m").unwrap_err();
        assert_eq!(
            e.to_string(),
            "unknown board 'ulx4m' (known: colorlight-i9, colorlight-i5)"
        );
    }

    #[test]
    fn bitstream_part_is_checked() {
        let i9 = board("colorlight-i9").unwrap();
        let p = Path::new("a.bit");
        assert_eq!(
            bitstream_idcode(&fake_bitstream(0x4111_2043)),
            Some(0x4111_2043)
        );
        check_bitstream(i9, p, &fake_bitstream(0x4111_2043)).unwrap();
        let e = check_bitstream(i9, p, &fake_bitstream(0x4111_1043)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.bit: built for LFE5U-25F, but board colorlight-i9 carries LFE5U-45F-6BG381C; refusing to flash it"
        );
        let e = check_bitstream(i9, p, b"#!/bin/sh\necho not a bitstream\n").unwrap_err();
        assert!(matches!(e, FlashError::NotBitstream(_)));
    }

    #[test]
    fn failures_are_read() {
        let b = board("colorlight-i9").unwrap();
        assert!(matches!(
            classify_failure(b, None, "exit status: 1", "Jtag frequency : requested 6.00MHz\nunable to open ftdi device: -3 (device not found)\n"),
            FlashError::NoCable(_)
        ));
        assert!(matches!(
            classify_failure(
                b,
                Some("ft232"),
                "exit status: 1",
                "JTAG init failed with: no device found\n"
            ),
            FlashError::NoCable(_)
        ));
        assert!(matches!(
            classify_failure(b, None, "exit status: 1", "found 0 devices\n"),
            FlashError::NoBoard(_)
        ));
        assert!(matches!(
            classify_failure(b, None, "exit status: 2", "something else\n"),
            FlashError::Loader { .. }
        ));
    }

    /// A stand-in openFPGALoader: records its arguments, prints `out`, exits `code`.
    fn fake_loader(dir: &Path, out: &str, code: i32) -> PathBuf {
        let p = dir.join("openFPGALoader");
        std::fs::write(
            &p,
            format!(
                "#!/bin/sh\necho \"$@\" > '{}/args'\nprintf '%s\\n' '{out}' >&2\nexit {code}\n",
                dir.display()
            ),
        )
        .unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        p
    }

    #[test]
    fn runs_the_loader_and_reports_what_it_found() {
        let dir = tempfile::tempdir().unwrap();
        let bit = dir.path().join("fpvs.bit");
        std::fs::write(&bit, fake_bitstream(0x4111_2043)).unwrap();
        let r = req("colorlight-i9", None, true, &bit);
        // Success: the arguments reach the loader.
        let ok = fake_loader(dir.path(), "Done", 0);
        flash(&r, ok.to_str().unwrap()).unwrap();
        let args = std::fs::read_to_string(dir.path().join("args")).unwrap();
        assert_eq!(
            args.trim(),
            format!(
                "--board colorlight-i9 --write-flash --verify {}",
                bit.display()
            )
        );
        // No cable.
        let nc = fake_loader(
            dir.path(),
            "unable to open ftdi device: -3 (device not found)",
            1,
        );
        let e = flash(&r, nc.to_str().unwrap()).unwrap_err();
        assert!(
            e.to_string().starts_with("no programming cable found"),
            "{e}"
        );
        // No FPGA on the cable.
        let nb = fake_loader(dir.path(), "found 0 devices", 1);
        let e = flash(&r, nb.to_str().unwrap()).unwrap_err();
        assert!(matches!(e, FlashError::NoBoard(_)), "{e}");
        // No loader at all.
        let e = flash(&r, dir.path().join("missing").to_str().unwrap()).unwrap_err();
        assert_eq!(e, FlashError::NoLoader);
        // A bitstream for the wrong part never reaches the loader.
        std::fs::remove_file(dir.path().join("args")).unwrap();
        let r5 = req("colorlight-i5", None, false, &bit);
        assert!(matches!(
            flash(&r5, ok.to_str().unwrap()),
            Err(FlashError::WrongPart { .. })
        ));
        assert!(!dir.path().join("args").exists());
    }
}
