//! `fpvsadm`: ipvsadm for FPVS. Same syntax, same output, same exit codes; it asks
//! fpvsd over its control socket (`$FPVS_SOCKET`, default `/run/fpvs/fpvsd.sock`).
//!
//! `fpvsadm -R` reads the save file from standard input, as ipvsadm does;
//! `fpvsadm flash --board NAME [--cable NAME] [--verify] FILE` writes an attached
//! board's configuration flash with openFPGALoader (`$FPVS_OPENFPGALOADER` overrides
//! the program), after checking the bitstream was built for the board's FPGA.

#![forbid(unsafe_code)]

use fpvs_agent::ipvsadm::{self, Request};
use fpvs_agent::proto::{read_frame, write_frame, ControlRequest, ControlResponse, ProtoError};
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // What can be answered without fpvsd is answered here.
    let req = match ipvsadm::parse(&args) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return code(e.exit_code());
        }
    };
    let stdin = match req {
        Request::Help => {
            print!("{}", ipvsadm::usage());
            return ExitCode::SUCCESS;
        }
        Request::Version => {
            println!("{}", ipvsadm::version());
            return ExitCode::SUCCESS;
        }
        Request::Flash(ref r) => return flash(r),
        Request::Restore { .. } => {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                eprintln!("fpvsadm: reading the restore input: {e}");
                return ExitCode::from(1);
            }
            Some(s)
        }
        _ => None,
    };
    let socket =
        std::env::var("FPVS_SOCKET").unwrap_or_else(|_| "/run/fpvs/fpvsd.sock".to_string());
    let resp = match ask(&socket, &ControlRequest { args, stdin }) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("fpvsadm: cannot reach fpvsd at {socket}: {e}. Is fpvsd running (and are you root)?");
            return ExitCode::from(1);
        }
    };
    let _ = std::io::stdout().write_all(resp.stdout.as_bytes());
    let _ = std::io::stderr().write_all(resp.stderr.as_bytes());
    code(resp.code)
}

fn code(c: i32) -> ExitCode {
    ExitCode::from(u8::try_from(c & 0xff).unwrap_or(1))
}

fn ask(socket: &str, req: &ControlRequest) -> Result<ControlResponse, String> {
    let mut s = UnixStream::connect(socket).map_err(|e| e.to_string())?;
    match write_frame(&mut s, req) {
        Ok(()) => {}
        // fpvsd refuses a connection over its limit with an answer and closes it,
        // perhaps before the request is written: the answer is still there to read.
        Err(ProtoError::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return read_frame(&mut s).map_err(|_| e.to_string());
        }
        Err(e) => return Err(e.to_string()),
    }
    read_frame(&mut s).map_err(|e| e.to_string())
}

fn flash(req: &fpvs_agent::flash::FlashRequest) -> ExitCode {
    let loader =
        std::env::var("FPVS_OPENFPGALOADER").unwrap_or_else(|_| "openFPGALoader".to_string());
    match fpvs_agent::flash::flash(req, &loader) {
        Ok(()) => {
            println!(
                "flashed {} to {}{}",
                req.bitstream.display(),
                req.board,
                if req.verify { " (verified)" } else { "" }
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("fpvsadm: flash: {e}");
            ExitCode::from(match e {
                fpvs_agent::flash::FlashError::UnknownBoard(..)
                | fpvs_agent::flash::FlashError::Unreadable(..)
                | fpvs_agent::flash::FlashError::NotBitstream(_)
                | fpvs_agent::flash::FlashError::WrongPart { .. } => 2,
                _ => 1,
            })
        }
    }
}
