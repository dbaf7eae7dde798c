//! # fpvs-agent — fpvsd and fpvsadm, the FPVS control plane
//!
//! * [`config`]: virtual services, real servers, timeouts — ipvsadm's model.

pub mod config;
pub mod ipvsadm;
