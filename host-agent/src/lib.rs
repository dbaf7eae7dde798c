//! # fpvs-agent — fpvsd and fpvsadm, the FPVS control plane
//!
//! * [`config`]: virtual services, real servers, timeouts — ipvsadm's model.
//! * [`card`]: the card as fpvsd holds it (device, registers, rings, tables).
//! * [`net`]: the frames the slow path reads and writes (flow keys, ARP, ICMP echo).
//! * [`proxy`]: the PROXY protocol v2 header for FULLNAT real servers.
//! * [`punt`]: the card's punt rate limiter as fpvsd sets it.
//! * [`fwmark`]: firewall-mark rules for `-f` services, evaluated by fpvsd.
//! * [`health`]: TCP and HTTP health checks with rise/fall.
//! * [`proto`]: the control protocol between fpvsadm and fpvsd.
//! * [`sched`]: the IPVS schedulers.
//! * [`agent`]: the configuration made real on the card, and the slow path.
//! * [`ipvsadm`]: ipvsadm's command line, table semantics and output formats.
//! * [`state`]: the state file that carries configuration, indices and persistence
//!   templates across restarts.
//! * [`control`]: one handler per control request; [`daemon`]: fpvsd's threads;
//!   [`listen`]: its control socket and metrics endpoint, with their limits.
//! * [`flash`]: `fpvsadm flash`, openFPGALoader for the open-toolchain boards.

#![forbid(unsafe_code)]

pub mod agent;
pub mod card;
pub mod config;
pub mod control;
pub mod daemon;
pub mod flash;
pub mod fwmark;
pub mod health;
pub mod ipvsadm;
pub mod listen;
pub mod net;
pub mod proto;
pub mod proxy;
pub mod punt;
pub mod sched;
pub mod state;
