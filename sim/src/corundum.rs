//! The Corundum application block (`hw/corundum/`, two ports, around the wide core),
//! Verilated with the C++ harness `csrc/corundum.cpp`: the host-side test of
//! fpvs-driver's Corundum backend drives its application BAR over AXI-Lite and its
//! synchronous taps frame by frame. The clock only runs inside these calls.

use crate::{SimError, SimResult};
use std::ffi::c_void;

#[cfg(fpvs_verilated)]
extern "C" {
    fn fpvs_cor_new(seed: u64, p_stall: f64) -> *mut c_void;
    fn fpvs_cor_free(h: *mut c_void);
    fn fpvs_cor_axil(
        h: *mut c_void,
        write: i32,
        addr: u32,
        data: u32,
        rdata: *mut u32,
        max: u64,
    ) -> i32;
    fn fpvs_cor_send(h: *mut c_void, host: i32, port: u32, tag: u32, data: *const u8, len: usize);
    fn fpvs_cor_step(h: *mut c_void, n: u64);
    fn fpvs_cor_pending(h: *mut c_void) -> u64;
    fn fpvs_cor_pop(
        h: *mut c_void,
        host: i32,
        port: u32,
        buf: *mut u8,
        cap: usize,
        bad: *mut i32,
    ) -> i64;
    fn fpvs_cor_pop_cpl(h: *mut c_void, port: u32, tag: *mut u32) -> i32;
    fn fpvs_cor_cycle(h: *mut c_void) -> u64;
}

/// Ports of the Verilated block.
pub const PORTS: u8 = 2;
/// Cycles an AXI-Lite access may take.
const AXIL_MAX_CYCLES: u64 = 10_000;

/// A frame that left the block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppFrame {
    /// Its port.
    pub port: u8,
    /// Marked bad (`tuser[0]`) on its last beat.
    pub bad: bool,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// The Verilated `mqnic_app_block`.
#[derive(Debug)]
pub struct AppBlock {
    h: std::ptr::NonNull<c_void>,
}

// SAFETY: the harness has no thread affinity and is only used through &mut self.
unsafe impl Send for AppBlock {}

#[cfg(fpvs_verilated)]
impl AppBlock {
    /// A block out of reset; `seed` and `p_stall` drive the random back-pressure on its
    /// outputs.
    pub fn open(seed: u64, p_stall: f64) -> SimResult<AppBlock> {
        // SAFETY: plain call; never returns null.
        let h = unsafe { fpvs_cor_new(seed, p_stall) };
        std::ptr::NonNull::new(h)
            .map(|h| AppBlock { h })
            .ok_or_else(|| SimError::NotBuilt("the Corundum harness did not start".into()))
    }

    fn axil(&mut self, write: bool, addr: u32, data: u32) -> SimResult<(i32, u32)> {
        let mut r = 0u32;
        // SAFETY: valid handle; `r` is valid for one write.
        let resp = unsafe {
            fpvs_cor_axil(
                self.h.as_ptr(),
                i32::from(write),
                addr,
                data,
                &mut r,
                AXIL_MAX_CYCLES,
            )
        };
        if resp < 0 {
            return Err(SimError::Timeout {
                what: "an AXI-Lite access of the application BAR",
                cycles: AXIL_MAX_CYCLES,
            });
        }
        Ok((resp, r))
    }

    /// An AXI-Lite read: the data and the response (0 OKAY).
    pub fn read(&mut self, addr: u32) -> SimResult<(u32, i32)> {
        self.axil(false, addr, 0).map(|(resp, d)| (d, resp))
    }

    /// An AXI-Lite write: the response (0 OKAY).
    pub fn write(&mut self, addr: u32, data: u32) -> SimResult<i32> {
        self.axil(true, addr, data).map(|(resp, _)| resp)
    }

    /// Queues `frame` into the RX tap of `port` (it arrived from the wire).
    pub fn receive(&mut self, port: u8, frame: &[u8]) {
        // SAFETY: valid handle; `frame` is valid for reads of its length.
        unsafe {
            fpvs_cor_send(
                self.h.as_ptr(),
                0,
                port.into(),
                0,
                frame.as_ptr(),
                frame.len(),
            )
        }
    }

    /// Queues `frame` into the host TX tap of `port` with TX tag `tag` (the host sent it).
    pub fn host_send(&mut self, port: u8, tag: u16, frame: &[u8]) {
        // SAFETY: valid handle; `frame` is valid for reads of its length.
        unsafe {
            fpvs_cor_send(
                self.h.as_ptr(),
                1,
                port.into(),
                tag.into(),
                frame.as_ptr(),
                frame.len(),
            )
        }
    }

    /// Runs `n` cycles.
    pub fn step(&mut self, n: u64) {
        // SAFETY: valid handle.
        unsafe { fpvs_cor_step(self.h.as_ptr(), n) }
    }

    /// Input beats not yet taken by the block.
    pub fn pending(&mut self) -> u64 {
        // SAFETY: valid handle.
        unsafe { fpvs_cor_pending(self.h.as_ptr()) }
    }

    fn pop(&mut self, host: bool) -> Option<AppFrame> {
        for port in 0..PORTS {
            let mut buf = vec![0u8; 16384];
            let mut bad = 0i32;
            // SAFETY: valid handle; `buf` is valid for `buf.len()` bytes, `bad` for one.
            let n = unsafe {
                fpvs_cor_pop(
                    self.h.as_ptr(),
                    i32::from(host),
                    port.into(),
                    buf.as_mut_ptr(),
                    buf.len(),
                    &mut bad,
                )
            };
            if n >= 0 {
                buf.truncate(n as usize);
                return Some(AppFrame {
                    port,
                    bad: bad != 0,
                    bytes: buf,
                });
            }
        }
        None
    }

    /// The next frame out of a TX tap (to the wire), if any.
    pub fn pop_tx(&mut self) -> Option<AppFrame> {
        self.pop(false)
    }

    /// The next frame out of a host RX tap (to the host queues), if any.
    pub fn pop_host(&mut self) -> Option<AppFrame> {
        self.pop(true)
    }

    /// The next TX completion of a host frame: its port and tag.
    pub fn pop_tx_cpl(&mut self) -> Option<(u8, u16)> {
        for port in 0..PORTS {
            let mut tag = 0u32;
            // SAFETY: valid handle; `tag` is valid for one write.
            if unsafe { fpvs_cor_pop_cpl(self.h.as_ptr(), port.into(), &mut tag) } != 0 {
                return Some((port, tag as u16));
            }
        }
        None
    }

    /// Cycles run so far.
    pub fn cycles(&mut self) -> u64 {
        // SAFETY: valid handle.
        unsafe { fpvs_cor_cycle(self.h.as_ptr()) }
    }
}

#[cfg(fpvs_verilated)]
impl Drop for AppBlock {
    fn drop(&mut self) {
        // SAFETY: the handle came from fpvs_cor_new and is freed exactly once.
        unsafe { fpvs_cor_free(self.h.as_ptr()) }
    }
}

/// Without Verilator there is no block: `open` says so.
#[cfg(not(fpvs_verilated))]
#[allow(clippy::unused_self, dead_code, missing_docs)]
impl AppBlock {
    pub fn open(_seed: u64, _p_stall: f64) -> SimResult<AppBlock> {
        Err(SimError::NotBuilt(crate::not_built_message()))
    }
    pub fn read(&mut self, _addr: u32) -> SimResult<(u32, i32)> {
        unreachable!("no harness without Verilator")
    }
    pub fn write(&mut self, _addr: u32, _data: u32) -> SimResult<i32> {
        unreachable!("no harness without Verilator")
    }
    pub fn receive(&mut self, _port: u8, _frame: &[u8]) {
        unreachable!("no harness without Verilator")
    }
    pub fn host_send(&mut self, _port: u8, _tag: u16, _frame: &[u8]) {
        unreachable!("no harness without Verilator")
    }
    pub fn step(&mut self, _n: u64) {
        unreachable!("no harness without Verilator")
    }
    pub fn pending(&mut self) -> u64 {
        unreachable!("no harness without Verilator")
    }
    pub fn pop_tx(&mut self) -> Option<AppFrame> {
        unreachable!("no harness without Verilator")
    }
    pub fn pop_host(&mut self) -> Option<AppFrame> {
        unreachable!("no harness without Verilator")
    }
    pub fn pop_tx_cpl(&mut self) -> Option<(u8, u16)> {
        unreachable!("no harness without Verilator")
    }
    pub fn cycles(&mut self) -> u64 {
        unreachable!("no harness without Verilator")
    }
}
