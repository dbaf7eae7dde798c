// C ABI over the harness, for fpvs-sim's Rust wrapper. Every function takes the handle
// fpvs_sim_new returned; none throws across the boundary.
#include "Vfpvs_w64.h"
#include "Vfpvs_w8.h"
#include "harness.h"

using fpvs::Sim;

extern "C" {

struct FpvsFrameInfo {
    uint64_t len;
    uint64_t first_cycle;
    uint64_t last_cycle;
    uint8_t user[16];
};

void* fpvs_sim_new(unsigned width, uint64_t seed) {
    try {
        if (width == 8) return new fpvs::SimOf<Vfpvs_w8>(seed);
        if (width == 64) return new fpvs::SimOf<Vfpvs_w64>(seed);
    } catch (...) {
    }
    return nullptr;
}

void fpvs_sim_free(void* h) { delete static_cast<Sim*>(h); }

void fpvs_sim_configure(void* h, double p_idle, const double* p_stall4, uint64_t watchdog) {
    Sim* s = static_cast<Sim*>(h);
    s->cfg.p_idle = p_idle;
    for (int i = 0; i < 4; i++) s->cfg.p_stall[i] = p_stall4[i];
    s->cfg.watchdog = watchdog;
}

void fpvs_sim_push_frame(void* h, unsigned stream, uint8_t user, const uint8_t* data, size_t len) {
    Sim* s = static_cast<Sim*>(h);
    s->in[stream & 1].push_back(fpvs::InFrame{std::vector<uint8_t>(data, data + len), user});
}

void fpvs_sim_push_cmd(void* h, const uint8_t* desc) {
    std::array<uint8_t, 64> d;
    std::memcpy(d.data(), desc, 64);
    static_cast<Sim*>(h)->cmds.push_back(d);
}

uint64_t fpvs_sim_step(void* h, uint64_t n) {
    Sim* s = static_cast<Sim*>(h);
    uint64_t start = s->cycle;
    s->step(n);
    return s->cycle - start;
}

// Runs until every input is consumed and `quiet` cycles pass with no output, or
// `max` cycles. Returns the cycles run.
uint64_t fpvs_sim_run_idle(void* h, uint64_t quiet, uint64_t max) {
    Sim* s = static_cast<Sim*>(h);
    uint64_t start = s->cycle, calm = 0;
    size_t seen = 0;
    while (s->cycle - start < max && !s->stopped) {
        size_t now = s->out[0].size() + s->out[1].size() + s->notify.size() + s->cpl.size();
        calm = (s->idle() && now == seen) ? calm + 1 : 0;
        seen = now;
        if (calm > quiet) break;
        s->step(1);
    }
    return s->cycle - start;
}

int fpvs_sim_idle(void* h) { return static_cast<Sim*>(h)->idle(); }

// Frames (or descriptors) still queued on input `stream` (0 s_axis, 1 s_inj, 2 s_cmd).
uint64_t fpvs_sim_pending(void* h, unsigned stream) {
    Sim* s = static_cast<Sim*>(h);
    return stream == 2 ? s->cmds.size() : s->in[stream & 1].size();
}

// Copies the oldest output frame of `stream` (0 m_axis, 1 m_exc) into `buf` (at most
// `cap` bytes) and fills `info`; returns 1, or 0 if there is none.
int fpvs_sim_pop_frame(void* h, unsigned stream, uint8_t* buf, size_t cap, FpvsFrameInfo* info) {
    Sim* s = static_cast<Sim*>(h);
    auto& q = s->out[stream & 1];
    if (q.empty()) return 0;
    const fpvs::OutFrame& f = q.front();
    info->len = f.data.size();
    info->first_cycle = f.first_cycle;
    info->last_cycle = f.last_cycle;
    std::memcpy(info->user, f.user, 16);
    std::memcpy(buf, f.data.data(), f.data.size() < cap ? f.data.size() : cap);
    q.pop_front();
    return 1;
}

int fpvs_sim_pop_notify(void* h, uint8_t* buf32) {
    Sim* s = static_cast<Sim*>(h);
    if (s->notify.empty()) return 0;
    std::memcpy(buf32, s->notify.front().data(), 32);
    s->notify.pop_front();
    return 1;
}

int fpvs_sim_pop_cpl(void* h, uint8_t* buf64) {
    Sim* s = static_cast<Sim*>(h);
    if (s->cpl.empty()) return 0;
    std::memcpy(buf64, s->cpl.front().data(), 64);
    s->cpl.pop_front();
    return 1;
}

uint32_t fpvs_sim_reg_read(void* h, uint32_t addr) { return static_cast<Sim*>(h)->reg_read(addr); }
void fpvs_sim_reg_write(void* h, uint32_t addr, uint32_t v) { static_cast<Sim*>(h)->reg_write(addr, v); }
uint64_t fpvs_sim_cycle(void* h) { return static_cast<Sim*>(h)->cycle; }
unsigned fpvs_sim_width(void* h) { return static_cast<Sim*>(h)->width(); }

// The watchdog's message (empty if it has not fired); valid until the next call.
const char* fpvs_sim_watchdog(void* h) { return static_cast<Sim*>(h)->watchdog_msg.c_str(); }

int fpvs_sim_trace_start(void* h, const char* path) { return static_cast<Sim*>(h)->trace_start(path); }
void fpvs_sim_trace_stop(void* h) { static_cast<Sim*>(h)->trace_stop(); }
}
