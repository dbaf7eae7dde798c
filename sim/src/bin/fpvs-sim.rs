//! `fpvs-sim`: the Verilated FPVS card as a vfio-user device.
//!
//! ```text
//! fpvs-sim --socket /run/fpvs/card.sock --tap 0=fpvs0 --tap 1=fpvs1
//! fpvs-sim --socket card.sock --replay 0=in.pcap --capture 1=out.pcap
//! ```
//!
//! fpvsd (or any fpvs-driver user) connects with the vfio-user backend. Port 0 faces
//! the clients, port 1 the real servers (by convention; the card does not care).

use clap::Parser;
use fpvs_sim::ports::{read_pcap, PcapSink, Tap};
use fpvs_sim::{SimDevice, SimOptions};
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

#[derive(Debug, Parser)]
#[command(version, about = "Serve the simulated FPVS card over vfio-user")]
struct SimArgs {
    /// Unix socket to serve the device on.
    #[arg(long, default_value = "/run/fpvs/card.sock")]
    socket: PathBuf,
    /// Datapath width in bytes per beat: 8 (narrow build) or 64 (wide build).
    #[arg(long, default_value_t = 8)]
    width: u32,
    /// Attach port P to the TAP interface NAME (created if missing): `P=NAME`.
    #[arg(long, value_parser = port_arg)]
    tap: Vec<(u8, String)>,
    /// Replay the frames of a pcap file into port P (after `--replay-delay`): `P=FILE`.
    #[arg(long, value_parser = port_arg)]
    replay: Vec<(u8, String)>,
    /// Capture what the card sends on port P into a pcap file: `P=FILE`.
    #[arg(long, value_parser = port_arg)]
    capture: Vec<(u8, String)>,
    /// Seconds to wait before replaying (time for fpvsd to load the tables).
    #[arg(long, default_value_t = 0.0)]
    replay_delay: f64,
    /// Seed of the simulation harness.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn port_arg(s: &str) -> Result<(u8, String), String> {
    let (p, v) = s
        .split_once('=')
        .ok_or_else(|| format!("{s:?}: expected PORT=VALUE"))?;
    let port: u8 = p.parse().map_err(|_| format!("{p:?}: a port is 0 or 1"))?;
    if port >= fpvs_abi::ETH_PORTS {
        return Err(format!(
            "port {port}: the card has ports 0..{}",
            fpvs_abi::ETH_PORTS
        ));
    }
    if v.is_empty() {
        return Err(format!("{s:?}: empty value"));
    }
    Ok((port, v.to_string()))
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let args = SimArgs::parse();
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fpvs-sim: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: SimArgs) -> Result<(), Box<dyn std::error::Error>> {
    // Everything that can fail on bad arguments is opened before the device starts.
    let mut replays = Vec::new();
    for (port, file) in &args.replay {
        replays.push((*port, read_pcap(file.as_ref())?));
    }
    let mut captures: HashMap<u8, PcapSink> = HashMap::new();
    for (port, file) in &args.capture {
        captures.insert(*port, PcapSink::create(file.as_ref())?);
    }
    let mut taps: HashMap<u8, Tap> = HashMap::new();
    for (port, name) in &args.tap {
        taps.insert(*port, Tap::open(name)?);
    }
    if let Some(dir) = args.socket.parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir)?;
        }
    }
    let (dev, egress) = SimDevice::start(&SimOptions {
        width: args.width,
        seed: args.seed,
        socket: args.socket.clone(),
    })?;
    // Only root may drive the card, as with /dev/vfio.
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&args.socket, std::fs::Permissions::from_mode(0o600))?;
    }
    tracing::info!(
        socket = %args.socket.display(),
        width = args.width,
        "serving the simulated card"
    );
    let mut tap_out: HashMap<u8, Tap> = HashMap::new();
    for (port, tap) in taps {
        tracing::info!(port, tap = tap.name(), "port attached");
        tap_out.insert(port, tap.try_clone()?);
        tap.pump_into(port, dev.ingress_handle());
    }
    if !replays.is_empty() {
        let ingress = dev.ingress_handle();
        let delay = Duration::from_secs_f64(args.replay_delay.max(0.0));
        std::thread::spawn(move || {
            std::thread::sleep(delay);
            for (port, frames) in replays {
                for f in frames {
                    while !ingress.send(port, &f) {
                        std::thread::sleep(Duration::from_millis(1));
                    }
                }
            }
        });
    }
    while let Ok((port, frame)) = egress.recv() {
        if let Some(t) = tap_out.get_mut(&port) {
            if let Err(e) = t.send(&frame) {
                tracing::warn!(port, "TAP write: {e}");
            }
        }
        if let Some(c) = captures.get_mut(&port) {
            c.write(&frame)?;
        }
    }
    if let Some(e) = dev.error() {
        return Err(e.into());
    }
    Ok(())
}
