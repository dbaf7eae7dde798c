//! fpvsd's agent against the simulated card through vfio-user: configuration made
//! real (ARP resolution of the real servers through the card), new connections in
//! every mode scheduled, installed and re-injected, NAT replies, ARP and ICMP echo
//! for VIPs, quiescing with weight 0, and a restart that keeps every flow.
//!
//! One test binary; a file per concern.

#![forbid(unsafe_code)]

mod ageing;
mod common;
mod connections;
mod icmp;
mod proxy;
mod services;
mod syn_flood;
