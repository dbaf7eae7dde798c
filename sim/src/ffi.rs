//! The C ABI of the core's harness (`csrc/ffi.cpp`): every `unsafe` call into it is
//! here (the Corundum block's harness has its own, in `corundum.rs`).

#[cfg(fpvs_verilated)]
use std::ffi::c_char;
use std::ffi::c_void;

/// Frame metadata filled by `fpvs_sim_pop_frame`.
#[repr(C)]
#[derive(Debug, Default, Clone, Copy)]
pub struct FrameInfo {
    pub len: u64,
    pub first_cycle: u64,
    pub last_cycle: u64,
    pub user: [u8; 16],
}

#[cfg(fpvs_verilated)]
extern "C" {
    fn fpvs_sim_new(width: u32, seed: u64) -> *mut c_void;
    fn fpvs_sim_free(h: *mut c_void);
    fn fpvs_sim_configure(h: *mut c_void, p_idle: f64, p_stall4: *const f64, watchdog: u64);
    fn fpvs_sim_push_frame(h: *mut c_void, stream: u32, user: u8, data: *const u8, len: usize);
    fn fpvs_sim_push_cmd(h: *mut c_void, desc: *const u8);
    fn fpvs_sim_step(h: *mut c_void, n: u64) -> u64;
    fn fpvs_sim_run_idle(h: *mut c_void, quiet: u64, max: u64) -> u64;
    fn fpvs_sim_idle(h: *mut c_void) -> i32;
    fn fpvs_sim_pending(h: *mut c_void, stream: u32) -> u64;
    fn fpvs_sim_pop_frame(
        h: *mut c_void,
        stream: u32,
        buf: *mut u8,
        cap: usize,
        info: *mut FrameInfo,
    ) -> i32;
    fn fpvs_sim_pop_notify(h: *mut c_void, buf: *mut u8) -> i32;
    fn fpvs_sim_pop_cpl(h: *mut c_void, buf: *mut u8) -> i32;
    fn fpvs_sim_reg_read(h: *mut c_void, addr: u32) -> u32;
    fn fpvs_sim_reg_write(h: *mut c_void, addr: u32, v: u32);
    fn fpvs_sim_cycle(h: *mut c_void) -> u64;
    fn fpvs_sim_watchdog(h: *mut c_void) -> *const c_char;
    fn fpvs_sim_trace_start(h: *mut c_void, path: *const c_char) -> i32;
    fn fpvs_sim_trace_stop(h: *mut c_void);
}

/// An owned harness instance.
#[derive(Debug)]
#[cfg_attr(not(fpvs_verilated), allow(dead_code))]
pub struct Handle(std::ptr::NonNull<c_void>);

// SAFETY: the harness has no thread affinity; a Handle is only used through &mut self,
// so it is never touched from two threads at once.
unsafe impl Send for Handle {}

#[cfg(fpvs_verilated)]
impl Handle {
    pub fn new(width: u32, seed: u64) -> Option<Handle> {
        // SAFETY: plain call; returns null on a bad width, checked here.
        std::ptr::NonNull::new(unsafe { fpvs_sim_new(width, seed) }).map(Handle)
    }

    fn h(&self) -> *mut c_void {
        self.0.as_ptr()
    }

    pub fn configure(&mut self, p_idle: f64, p_stall: [f64; 4], watchdog: u64) {
        // SAFETY: valid handle; p_stall points to 4 doubles for the duration of the call.
        unsafe { fpvs_sim_configure(self.h(), p_idle, p_stall.as_ptr(), watchdog) }
    }

    pub fn push_frame(&mut self, stream: u32, user: u8, data: &[u8]) {
        // SAFETY: valid handle; data/len describe a live slice the callee copies.
        unsafe { fpvs_sim_push_frame(self.h(), stream, user, data.as_ptr(), data.len()) }
    }

    pub fn push_cmd(&mut self, desc: &[u8; 64]) {
        // SAFETY: valid handle; desc is 64 readable bytes, copied by the callee.
        unsafe { fpvs_sim_push_cmd(self.h(), desc.as_ptr()) }
    }

    pub fn step(&mut self, n: u64) -> u64 {
        // SAFETY: valid handle.
        unsafe { fpvs_sim_step(self.h(), n) }
    }

    pub fn run_idle(&mut self, quiet: u64, max: u64) -> u64 {
        // SAFETY: valid handle.
        unsafe { fpvs_sim_run_idle(self.h(), quiet, max) }
    }

    pub fn idle(&mut self) -> bool {
        // SAFETY: valid handle.
        unsafe { fpvs_sim_idle(self.h()) != 0 }
    }

    pub fn pending(&mut self, stream: u32) -> u64 {
        // SAFETY: valid handle.
        unsafe { fpvs_sim_pending(self.h(), stream) }
    }

    pub fn pop_frame(&mut self, stream: u32, buf: &mut [u8]) -> Option<FrameInfo> {
        let mut info = FrameInfo::default();
        // SAFETY: valid handle; buf is writable for buf.len() bytes, info for one
        // FrameInfo; the callee writes at most cap bytes.
        let got =
            unsafe { fpvs_sim_pop_frame(self.h(), stream, buf.as_mut_ptr(), buf.len(), &mut info) };
        (got != 0).then_some(info)
    }

    pub fn pop_notify(&mut self) -> Option<[u8; 32]> {
        let mut b = [0u8; 32];
        // SAFETY: valid handle; b is 32 writable bytes.
        let got = unsafe { fpvs_sim_pop_notify(self.h(), b.as_mut_ptr()) };
        (got != 0).then_some(b)
    }

    pub fn pop_cpl(&mut self) -> Option<[u8; 64]> {
        let mut b = [0u8; 64];
        // SAFETY: valid handle; b is 64 writable bytes.
        let got = unsafe { fpvs_sim_pop_cpl(self.h(), b.as_mut_ptr()) };
        (got != 0).then_some(b)
    }

    pub fn reg_read(&mut self, addr: u32) -> u32 {
        // SAFETY: valid handle.
        unsafe { fpvs_sim_reg_read(self.h(), addr) }
    }

    pub fn reg_write(&mut self, addr: u32, v: u32) {
        // SAFETY: valid handle.
        unsafe { fpvs_sim_reg_write(self.h(), addr, v) }
    }

    pub fn cycle(&mut self) -> u64 {
        // SAFETY: valid handle.
        unsafe { fpvs_sim_cycle(self.h()) }
    }

    pub fn watchdog(&mut self) -> Option<String> {
        // SAFETY: valid handle.
        let p = unsafe { fpvs_sim_watchdog(self.h()) };
        // SAFETY: the callee returns a NUL-terminated string that lives until the next
        // call on this handle; it is copied out before returning.
        let s = unsafe { std::ffi::CStr::from_ptr(p) };
        let s = s.to_string_lossy().into_owned();
        (!s.is_empty()).then_some(s)
    }

    pub fn trace_start(&mut self, path: &std::ffi::CStr) -> bool {
        // SAFETY: valid handle; path is NUL-terminated and outlives the call.
        unsafe { fpvs_sim_trace_start(self.h(), path.as_ptr()) != 0 }
    }

    pub fn trace_stop(&mut self) {
        // SAFETY: valid handle.
        unsafe { fpvs_sim_trace_stop(self.h()) }
    }
}

#[cfg(fpvs_verilated)]
impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: the handle came from fpvs_sim_new and is freed exactly once.
        unsafe { fpvs_sim_free(self.h()) }
    }
}

/// Without Verilator no handle can exist: `new` says so, and nothing else is reachable.
#[cfg(not(fpvs_verilated))]
#[allow(clippy::unused_self, dead_code)]
impl Handle {
    pub fn new(_width: u32, _seed: u64) -> Option<Handle> {
        None
    }
    pub fn configure(&mut self, _p_idle: f64, _p_stall: [f64; 4], _watchdog: u64) {
        unreachable!("no harness without Verilator")
    }
    pub fn push_frame(&mut self, _stream: u32, _user: u8, _data: &[u8]) {
        unreachable!("no harness without Verilator")
    }
    pub fn push_cmd(&mut self, _desc: &[u8; 64]) {
        unreachable!("no harness without Verilator")
    }
    pub fn step(&mut self, _n: u64) -> u64 {
        unreachable!("no harness without Verilator")
    }
    pub fn run_idle(&mut self, _quiet: u64, _max: u64) -> u64 {
        unreachable!("no harness without Verilator")
    }
    pub fn idle(&mut self) -> bool {
        unreachable!("no harness without Verilator")
    }
    pub fn pending(&mut self, _stream: u32) -> u64 {
        unreachable!("no harness without Verilator")
    }
    pub fn pop_frame(&mut self, _stream: u32, _buf: &mut [u8]) -> Option<FrameInfo> {
        unreachable!("no harness without Verilator")
    }
    pub fn pop_notify(&mut self) -> Option<[u8; 32]> {
        unreachable!("no harness without Verilator")
    }
    pub fn pop_cpl(&mut self) -> Option<[u8; 64]> {
        unreachable!("no harness without Verilator")
    }
    pub fn reg_read(&mut self, _addr: u32) -> u32 {
        unreachable!("no harness without Verilator")
    }
    pub fn reg_write(&mut self, _addr: u32, _v: u32) {
        unreachable!("no harness without Verilator")
    }
    pub fn cycle(&mut self) -> u64 {
        unreachable!("no harness without Verilator")
    }
    pub fn watchdog(&mut self) -> Option<String> {
        unreachable!("no harness without Verilator")
    }
    pub fn trace_start(&mut self, _path: &std::ffi::CStr) -> bool {
        unreachable!("no harness without Verilator")
    }
    pub fn trace_stop(&mut self) {
        unreachable!("no harness without Verilator")
    }
}
