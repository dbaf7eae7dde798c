// The FPVS simulation harness: drives a Verilated fpvs_core's AXI-Stream ports from
// frame queues and collects its outputs, cycle by cycle, in C++ (so the per-cycle work
// never crosses the FFI). Templated on the Verilated model class so one source serves
// both builds.
#pragma once

#include <verilated.h>
#include <verilated_vcd_c.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace fpvs {

// Bytes <-> Verilator port values (byte i = bits [8i+7:8i]).
inline void put(CData& p, const uint8_t* b, size_t n) { p = n ? b[0] : 0; }
inline void put(QData& p, const uint8_t* b, size_t n) {
    uint64_t v = 0;
    for (size_t i = 0; i < n && i < 8; i++) v |= uint64_t(b[i]) << (8 * i);
    p = v;
}
template <std::size_t W>
inline void put(VlWide<W>& p, const uint8_t* b, size_t n) {
    for (size_t w = 0; w < W; w++) {
        uint32_t v = 0;
        for (size_t k = 0; k < 4; k++) {
            size_t i = 4 * w + k;
            if (i < n) v |= uint32_t(b[i]) << (8 * k);
        }
        p[w] = v;
    }
}
inline void get(const QData& p, uint8_t* b, size_t n) {
    for (size_t i = 0; i < n && i < 8; i++) b[i] = uint8_t(p >> (8 * i));
}
template <std::size_t W>
inline void get(const VlWide<W>& p, uint8_t* b, size_t n) {
    for (size_t i = 0; i < n && i < 4 * W; i++) b[i] = uint8_t(p[i / 4] >> (8 * (i % 4)));
}
inline uint64_t keep_mask(size_t n) { return n >= 64 ? ~uint64_t(0) : ((uint64_t(1) << n) - 1); }
inline size_t keep_count(uint64_t k) { return size_t(__builtin_popcountll(k)); }

struct InFrame {
    std::vector<uint8_t> data;
    uint8_t user;
};

struct OutFrame {
    std::vector<uint8_t> data;
    uint8_t user[16];  // m_axis: tuser (port | abort << 2); m_exc: the 128-bit tuser
    uint64_t first_cycle;
    uint64_t last_cycle;
};

struct Config {
    double p_idle = 0.0;        // chance an input holds valid low for a cycle
    double p_stall[4] = {0, 0, 0, 0};  // chance each output (fwd, exc, notify, cpl) holds ready low
    uint64_t watchdog = 100000;  // cycles an input may wait with valid high and ready low
};

// A 64-bit xorshift*: reproducible from its seed.
struct Rng {
    uint64_t s;
    explicit Rng(uint64_t seed) : s(seed ? seed : 0x9E3779B97F4A7C15ull) {}
    uint64_t next() {
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        return s * 2685821657736338717ull;
    }
    bool chance(double p) { return p > 0 && double(next() >> 11) * (1.0 / 9007199254740992.0) < p; }
};

class Sim {
   public:
    virtual ~Sim() = default;
    virtual unsigned width() const = 0;
    virtual void step(uint64_t n) = 0;
    virtual void reg_write(uint32_t addr, uint32_t v) = 0;
    virtual uint32_t reg_read(uint32_t addr) = 0;
    virtual bool trace_start(const char* path) = 0;
    virtual void trace_stop() = 0;

    Config cfg;
    uint64_t cycle = 0;
    std::deque<InFrame> in[2];  // 0: s_axis, 1: s_inj
    std::deque<std::array<uint8_t, 64>> cmds;
    std::deque<OutFrame> out[2];  // 0: m_axis, 1: m_exc
    std::deque<std::array<uint8_t, 32>> notify;
    std::deque<std::array<uint8_t, 64>> cpl;
    std::string watchdog_msg;
    uint64_t wait[3] = {0, 0, 0};  // cycles each input has waited
    bool stopped = false;

    bool idle() const {
        return in[0].empty() && in[1].empty() && cmds.empty() && !partial[0] && !partial[1];
    }

   protected:
    explicit Sim(uint64_t seed) : rng(seed) {}
    Rng rng;
    size_t off[2] = {0, 0};
    bool offering[2] = {false, false};
    bool partial[2] = {false, false};
    OutFrame cur[2];
};

template <class M>
class SimOf : public Sim {
   public:
    explicit SimOf(uint64_t seed) : Sim(seed), ctx(new VerilatedContext), m(new M(ctx.get())) {
        m->clock = 0;
        m->eval();
    }
    ~SimOf() override {
        trace_stop();
        m->final();
    }

    unsigned width() const override { return unsigned(W); }

    void step(uint64_t n) override {
        for (uint64_t i = 0; i < n && !stopped; i++) tick();
    }

    void reg_write(uint32_t addr, uint32_t v) override {
        m->reg_addr = addr;
        m->reg_wdata = v;
        m->reg_wr = 1;
        tick();
        m->reg_wr = 0;
    }

    uint32_t reg_read(uint32_t addr) override {
        m->reg_addr = addr;
        m->reg_rd = 1;
        tick();
        m->reg_rd = 0;
        for (int i = 0; i < 4 && !reg_seen; i++) tick();
        reg_seen = false;
        return reg_value;
    }

    bool trace_start(const char* path) override {
        trace_stop();
        ctx->traceEverOn(true);
        vcd.reset(new VerilatedVcdC);
        m->trace(vcd.get(), 99);
        vcd->open(path);
        return vcd->isOpen();
    }

    void trace_stop() override {
        if (vcd) {
            vcd->close();
            vcd.reset();
        }
    }

   private:
    std::unique_ptr<VerilatedContext> ctx;
    std::unique_ptr<M> m;
    std::unique_ptr<VerilatedVcdC> vcd;
    bool reg_seen = false;
    uint32_t reg_value = 0;
    static constexpr size_t W =
        sizeof(std::remove_reference_t<decltype(std::declval<M&>().s_axis_tkeep)>) == 1 ? 8 : 64;

    // Presents the head of input `s` (0 net, 1 inj).
    template <class TD, class TK, class TU>
    void drive(int s, TD& tdata, TK& tkeep, CData& tvalid, CData& tlast, TU& tuser) {
        bool have = !in[s].empty();
        // AXI-Stream: once offered, a beat stays offered until taken.
        bool go = have && (offering[s] || !rng.chance(cfg.p_idle));
        tvalid = go;
        if (!go) return;
        const InFrame& f = in[s].front();
        size_t n = f.data.size() - off[s];
        if (n > W) n = W;
        put(tdata, f.data.data() + off[s], n);
        tkeep = TK(keep_mask(n));
        tlast = off[s] + n == f.data.size();
        tuser = f.user;
    }

    void taken(int s) {
        const InFrame& f = in[s].front();
        size_t n = f.data.size() - off[s];
        if (n > W) n = W;
        off[s] += n;
        if (off[s] >= f.data.size()) {
            in[s].pop_front();
            off[s] = 0;
        }
    }

    template <class TD, class TK, class TU>
    void collect(int o, const TD& tdata, const TK& tkeep, CData tlast, const TU& tuser) {
        OutFrame& f = cur[o];
        if (!partial[o]) {
            f.data.clear();
            f.first_cycle = cycle;
            partial[o] = true;
        }
        size_t n = keep_count(uint64_t(tkeep));
        size_t at = f.data.size();
        f.data.resize(at + n);
        get(tdata, f.data.data() + at, n);
        if (tlast) {
            std::memset(f.user, 0, sizeof f.user);
            get_user(tuser, f.user);
            f.last_cycle = cycle;
            out[o].push_back(std::move(f));
            f = OutFrame();
            partial[o] = false;
        }
    }
    static void get_user(CData u, uint8_t* b) { b[0] = u; }
    template <std::size_t N>
    static void get_user(const VlWide<N>& u, uint8_t* b) { get(u, b, 4 * N); }

    void tick() {
        // Inputs for this cycle.
        drive(0, m->s_axis_tdata, m->s_axis_tkeep, m->s_axis_tvalid, m->s_axis_tlast, m->s_axis_tuser);
        drive(1, m->s_inj_tdata, m->s_inj_tkeep, m->s_inj_tvalid, m->s_inj_tlast, m->s_inj_tuser);
        m->s_cmd_tvalid = !cmds.empty();
        if (!cmds.empty()) put(m->s_cmd_tdata, cmds.front().data(), 64);
        m->m_axis_tready = !rng.chance(cfg.p_stall[0]);
        m->m_exc_tready = !rng.chance(cfg.p_stall[1]);
        m->m_notify_tready = !rng.chance(cfg.p_stall[2]);
        m->m_cpl_tready = !rng.chance(cfg.p_stall[3]);
        m->clock = 0;
        m->eval();
        if (vcd) vcd->dump(ctx->time());
        ctx->timeInc(1);
        // Handshakes, sampled before the rising edge.
        bool t0 = m->s_axis_tvalid && m->s_axis_tready;
        bool t1 = m->s_inj_tvalid && m->s_inj_tready;
        offering[0] = m->s_axis_tvalid && !t0;
        offering[1] = m->s_inj_tvalid && !t1;
        if (t0) taken(0);
        if (t1) taken(1);
        if (m->s_cmd_tvalid && m->s_cmd_tready) cmds.pop_front();
        if (m->m_axis_tvalid && m->m_axis_tready)
            collect(0, m->m_axis_tdata, m->m_axis_tkeep, m->m_axis_tlast, m->m_axis_tuser);
        if (m->m_exc_tvalid && m->m_exc_tready)
            collect(1, m->m_exc_tdata, m->m_exc_tkeep, m->m_exc_tlast, m->m_exc_tuser);
        if (m->m_notify_tvalid && m->m_notify_tready) {
            std::array<uint8_t, 32> r;
            get(m->m_notify_tdata, r.data(), 32);
            notify.push_back(r);
        }
        if (m->m_cpl_tvalid && m->m_cpl_tready) {
            std::array<uint8_t, 64> r;
            get(m->m_cpl_tdata, r.data(), 64);
            cpl.push_back(r);
        }
        if (m->reg_rvalid) {
            reg_seen = true;
            reg_value = m->reg_rdata;
        }
        // Watchdog: an input offered and refused for too long.
        const char* names[3] = {"s_axis", "s_inj", "s_cmd"};
        bool waiting[3] = {m->s_axis_tvalid && !t0, m->s_inj_tvalid && !t1,
                           m->s_cmd_tvalid && !m->s_cmd_tready};
        for (int i = 0; i < 3; i++) {
            wait[i] = waiting[i] ? wait[i] + 1 : 0;
            if (wait[i] > cfg.watchdog && !stopped) {
                watchdog_msg = std::string(names[i]) + " tready low for more than " +
                               std::to_string(cfg.watchdog) + " cycles at cycle " +
                               std::to_string(cycle);
                stopped = true;
            }
        }
        m->clock = 1;
        m->eval();
        if (vcd) vcd->dump(ctx->time());
        ctx->timeInc(1);
        cycle++;
    }
};

}  // namespace fpvs
