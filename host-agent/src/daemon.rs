//! fpvsd's process: the card thread (slow path, configuration) and the tokio side
//! (control socket, health checks, metrics; the listeners are [`crate::listen`]'s).
//!
//! One thread owns the card and the [`Agent`]; everything else talks to it through a
//! channel. Control requests are handled one at a time, in arrival order, each
//! answered before the next; a change is checked against the card before anything is
//! applied, applied, and then written to the state file (configuration, index
//! assignments and persistence templates), so a restarted fpvsd rebuilds exactly
//! what the card holds, drops no established flow, and sends persistent clients to
//! the real servers they had. The templates change with traffic, so the card thread
//! also saves the state every [`SAVE_INTERVAL`] when it changed, and once more when
//! fpvsd stops (SIGTERM, SIGINT).

use crate::agent::{Agent, NetConfig};
use crate::card::{CardAddress, CardLink};
use crate::config::{Config, ServiceKey};
use crate::health::{self, HealthConfig, Target};
use crate::listen::{self, control_server, metrics_server, ListenerLimits, ListenerStats, Reply};
use crate::proto::ControlRequest;
pub use crate::state::{load_state, save_state, State};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// How fpvsd runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// The card.
    pub card: CardAddress,
    /// The card's segments.
    pub net: NetConfig,
    /// Control socket.
    pub socket: PathBuf,
    /// Where the state file lives.
    pub state_dir: PathBuf,
    /// Prometheus text endpoint (off unless given).
    pub metrics: Option<SocketAddr>,
    /// Health checks (off unless given).
    pub health: Option<HealthConfig>,
    /// Firewall-mark rules for `-f` services.
    pub fwmarks: crate::fwmark::Rules,
    /// The card's punt rate limiter, set at start.
    pub punt: crate::punt::PuntLimits,
    /// What a SYN flood that fills the flow table meets.
    pub syn_guard: crate::agent::SynGuard,
}

/// How often the card thread saves the state when traffic changed it (persistence
/// templates; next hops freed by neighbour ageing). A crash loses at most this much
/// of it; writing it costs at most some tens of milliseconds (the templates'
/// bound, [`crate::agent::MAX_TEMPLATES`], keeps the file within about 12 MB).
pub const SAVE_INTERVAL: Duration = Duration::from_secs(60);

/// Runs fpvsd until SIGTERM or SIGINT.
pub fn run(opts: Options) -> Result<(), String> {
    let state = load_state(&opts.state_dir)?;
    let card = CardLink::open(&opts.card).map_err(|e| format!("{}: {e}", opts.card))?;
    tracing::info!(
        card = %opts.card,
        abi = format!("{}.{}", card.info.abi_major, card.info.abi_minor),
        flows = card.tables.shadow().flow_count(),
        "card opened"
    );
    opts.punt
        .program(&card.regs, card.info.clock_khz)
        .map_err(|e| format!("the punt rate limiter: {e}"))?;
    tracing::info!(limits = %opts.punt, clock_khz = card.info.clock_khz, "punt rate limiter set");
    let mut agent = Agent::new(card, opts.net, state.indices.clone());
    agent.set_fwmark_rules(opts.fwmarks.clone());
    agent.set_syn_guard(opts.syn_guard);
    agent
        .sync(&state.config)
        .map_err(|e| format!("restoring the configuration: {e}"))?;
    // Templates first: the adopted connections count on them.
    let templates = agent.restore_templates(&state.templates);
    agent.adopt_flows();
    tracing::info!(
        services = state.config.services.len(),
        connections = agent.conns().count(),
        templates,
        "configuration restored"
    );

    let stop = Arc::new(AtomicBool::new(false));
    let (ctl_tx, ctl_rx) = mpsc::channel::<(ControlRequest, Reply)>();
    let (health_tx, health_rx) = mpsc::channel::<(Target, bool)>();
    let (targets_tx, targets_rx) = tokio::sync::watch::channel(targets(agent.config()));
    let metrics_text = Arc::new(Mutex::new(String::new()));
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("tokio runtime: {e}"))?;
    let control_stats = Arc::new(ListenerStats::default());
    let metrics_stats = Arc::new(ListenerStats::default());
    let listener = bind_control(&opts.socket)?;
    rt.spawn(control_server(
        listener,
        ctl_tx,
        ListenerLimits::CONTROL,
        control_stats.clone(),
    ));
    if let Some(h) = opts.health.clone() {
        rt.spawn(health::run(h, targets_rx, health_tx));
    }
    if let Some(addr) = opts.metrics {
        let l = rt
            .block_on(tokio::net::TcpListener::bind(addr))
            .map_err(|e| format!("metrics on {addr}: {e}"))?;
        rt.spawn(metrics_server(
            l,
            metrics_text.clone(),
            ListenerLimits::METRICS,
            metrics_stats.clone(),
        ));
    }
    {
        let stop = stop.clone();
        rt.spawn(async move {
            use tokio::signal::unix::{signal, SignalKind};
            let (Ok(mut term), Ok(mut int)) = (
                signal(SignalKind::terminate()),
                signal(SignalKind::interrupt()),
            ) else {
                return;
            };
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
            stop.store(true, Ordering::SeqCst);
        });
    }
    tracing::info!(socket = %opts.socket.display(), "fpvsd ready");
    let mut control = crate::control::Control::default();
    control.punt = Some(opts.punt);
    let mut last_metrics = Instant::now() - Duration::from_secs(10);
    let mut saved = (Instant::now(), State::of(&agent));
    while !stop.load(Ordering::SeqCst) {
        if let Err(e) = agent.poll(Duration::from_millis(5)) {
            tracing::error!("slow path: {e}");
            std::thread::sleep(Duration::from_millis(100));
        }
        while let Ok((req, reply)) = ctl_rx.try_recv() {
            let resp = control.handle(&mut agent, &req, &opts.state_dir);
            let _ = targets_tx.send(targets(agent.config()));
            let _ = reply.send(resp);
        }
        while let Ok(((svc, addr, port), up)) = health_rx.try_recv() {
            tracing::info!(%svc, %addr, port, up, "health");
            if let Err(e) = agent.set_health(&svc, addr, port, up) {
                tracing::error!("health change: {e}");
            }
        }
        if opts.metrics.is_some() && last_metrics.elapsed() >= Duration::from_secs(1) {
            last_metrics = Instant::now();
            let mut text = crate::control::metrics(&mut agent);
            text += &listen::metrics(&[("control", &control_stats), ("metrics", &metrics_stats)]);
            *metrics_text.lock().unwrap_or_else(|p| p.into_inner()) = text;
        }
        if saved.0.elapsed() >= SAVE_INTERVAL {
            saved = (
                Instant::now(),
                save_if_changed(&agent, &opts.state_dir, saved.1),
            );
        }
    }
    save_if_changed(&agent, &opts.state_dir, saved.1);
    tracing::info!(stats = ?agent.stats(), connections = agent.conns().count(), "fpvsd stopping; the card keeps forwarding established flows");
    let _ = std::fs::remove_file(&opts.socket);
    rt.shutdown_timeout(Duration::from_secs(1));
    Ok(())
}

/// Saves the agent's state if it differs from `last` (what was saved before);
/// returns what is on disk now.
fn save_if_changed(agent: &Agent, dir: &Path, last: State) -> State {
    let now = State::of(agent);
    if now == last {
        return last;
    }
    match save_state(dir, &now) {
        Ok(()) => now,
        Err(e) => {
            tracing::error!("saving the state: {e}");
            last
        }
    }
}

fn targets(cfg: &Config) -> Vec<Target> {
    cfg.services
        .iter()
        // TCP services only: a TCP or HTTP check says nothing about a UDP service.
        .filter(|(s, _)| {
            matches!(
                s.key,
                ServiceKey::Addr {
                    proto: crate::config::Protocol::Tcp,
                    ..
                }
            )
        })
        .flat_map(|(s, rs)| rs.iter().map(move |r| (s.key, r.addr, r.port)))
        .collect()
}

fn bind_control(path: &Path) -> Result<std::os::unix::net::UnixListener, String> {
    use std::os::unix::fs::PermissionsExt;
    if let Some(dir) = path.parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
    }
    if path.exists() {
        // Another fpvsd answering there means we must not steal its socket.
        if std::os::unix::net::UnixStream::connect(path).is_ok() {
            return Err(format!(
                "{}: another fpvsd is running (its control socket answers)",
                path.display()
            ));
        }
        std::fs::remove_file(path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let l = std::os::unix::net::UnixListener::bind(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    l.set_nonblocking(true)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(l)
}
