// The Corundum application block (hw/corundum, through tb/fpvs_host_harness.v) as a
// library: the host-side test of fpvs-driver's Corundum backend steps it cycle by
// cycle. The application BAR is an AXI-Lite master here (one access at a time, run to
// completion); the synchronous RX taps (from the wire) and the host TX taps take
// queued frames; the TX taps (to the wire), the host RX taps and the TX completions
// are collected per port, with random back-pressure.

#include <verilated.h>

#include "Vfpvs_cor.h"

#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <vector>

namespace {

constexpr int PORTS = 2;

// Word views of Verilator port values (little-endian words of 32 bits).
inline uint32_t* words(QData& q) { return reinterpret_cast<uint32_t*>(&q); }
inline uint32_t* words(IData& q) { return &q; }
template <std::size_t W>
inline uint32_t* words(VlWide<W>& p) { return p.data(); }
inline const uint32_t* cwords(const QData& q) { return reinterpret_cast<const uint32_t*>(&q); }
inline const uint32_t* cwords(const IData& q) { return &q; }
template <std::size_t W>
inline const uint32_t* cwords(const VlWide<W>& p) { return p.data(); }

inline void set_bit(uint32_t* w, unsigned i, bool v) {
    if (v) w[i / 32] |= 1u << (i % 32);
    else w[i / 32] &= ~(1u << (i % 32));
}
inline bool get_bit(const uint32_t* w, unsigned i) { return (w[i / 32] >> (i % 32)) & 1; }
inline void set_bits(uint32_t* w, unsigned lo, unsigned n, uint64_t v) {
    for (unsigned i = 0; i < n; i++) set_bit(w, lo + i, (v >> i) & 1);
}
inline uint64_t get_bits(const uint32_t* w, unsigned lo, unsigned n) {
    uint64_t v = 0;
    for (unsigned i = 0; i < n; i++) v |= uint64_t(get_bit(w, lo + i)) << i;
    return v;
}
// 64 bytes at byte offset 64 * port (word aligned).
inline void put_beat(uint32_t* w, int port, const uint8_t* b) {
    std::memcpy(w + 16 * port, b, 64);
}
inline void get_beat(const uint32_t* w, int port, uint8_t* b) {
    std::memcpy(b, w + 16 * port, 64);
}

struct Beat {
    uint8_t data[64];
    uint64_t keep;
    bool last;
    uint32_t user;
};

struct Out {
    std::vector<uint8_t> data;
    bool bad;
};

struct Rng {
    uint64_t s;
    uint64_t next() {
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        return s * 2685821657736338717ull;
    }
    bool chance(double p) { return p > 0 && double(next() >> 11) * (1.0 / 9007199254740992.0) < p; }
};

struct Cor {
    std::unique_ptr<VerilatedContext> ctx{new VerilatedContext};
    std::unique_ptr<Vfpvs_cor> m{new Vfpvs_cor(ctx.get())};
    std::deque<Beat> in[2][PORTS];           // 0: RX taps, 1: host TX taps
    std::vector<uint8_t> cur[2][PORTS];      // 0: TX taps out, 1: host RX taps out
    std::deque<Out> out[2][PORTS];
    std::deque<uint16_t> cpl[PORTS];
    uint64_t cycle = 0;
    Rng rng{1};
    double p_stall = 0;
    // the AXI-Lite access in progress
    bool aw = false, w = false, b = false, ar = false, r = false;
    uint32_t rdata = 0;
    int resp = 0;

    void tick() {
        Vfpvs_cor& t = *m;
        for (int s = 0; s < 2; s++) {
            for (int p = 0; p < PORTS; p++) {
                bool v = !in[s][p].empty();
                static const Beat zero{};
                const Beat& bt = v ? in[s][p].front() : zero;
                if (s == 0) {
                    put_beat(words(t.rx_tdata), p, bt.data);
                    set_bits(words(t.rx_tkeep), 64 * p, 64, bt.keep);
                    t.rx_tvalid = (t.rx_tvalid & ~(1u << p)) | (uint32_t(v) << p);
                    t.rx_tlast = (t.rx_tlast & ~(1u << p)) | (uint32_t(bt.last) << p);
                } else {
                    put_beat(words(t.htx_tdata), p, bt.data);
                    set_bits(words(t.htx_tkeep), 64 * p, 64, bt.keep);
                    set_bits(words(t.htx_tuser), 17 * p, 17, bt.user);
                    t.htx_tvalid = (t.htx_tvalid & ~(1u << p)) | (uint32_t(v) << p);
                    t.htx_tlast = (t.htx_tlast & ~(1u << p)) | (uint32_t(bt.last) << p);
                }
            }
        }
        uint32_t tr = 0, hr = 0, cr = 0;
        for (int p = 0; p < PORTS; p++) {
            tr |= uint32_t(!rng.chance(p_stall)) << p;
            hr |= uint32_t(!rng.chance(p_stall)) << p;
            cr |= uint32_t(!rng.chance(p_stall)) << p;
        }
        t.tx_tready = tr;
        t.hrx_tready = hr;
        t.cpl_ready = cr;
        t.awvalid = aw;
        t.wvalid = w;
        t.bready = b;
        t.arvalid = ar;
        t.rready = r;
        t.clk = 0;
        t.eval();

        for (int p = 0; p < PORTS; p++) {
            if ((t.rx_tvalid >> p & 1) && (t.rx_tready >> p & 1)) in[0][p].pop_front();
            if ((t.htx_tvalid >> p & 1) && (t.htx_tready >> p & 1)) in[1][p].pop_front();
            for (int s = 0; s < 2; s++) {
                bool valid = s == 0 ? (t.tx_tvalid >> p & 1) && (tr >> p & 1)
                                    : (t.hrx_tvalid >> p & 1) && (hr >> p & 1);
                if (!valid) continue;
                uint8_t bytes[64];
                get_beat(s == 0 ? cwords(t.tx_tdata) : cwords(t.hrx_tdata), p, bytes);
                uint64_t keep = get_bits(s == 0 ? cwords(t.tx_tkeep) : cwords(t.hrx_tkeep), 64 * p, 64);
                for (int i = 0; i < 64; i++)
                    if (keep >> i & 1) cur[s][p].push_back(bytes[i]);
                bool last = s == 0 ? (t.tx_tlast >> p & 1) : (t.hrx_tlast >> p & 1);
                if (last) {
                    bool bad = s == 0 ? get_bit(cwords(t.tx_tuser), 17 * p)
                                      : get_bit(cwords(t.hrx_tuser), 97 * p);
                    out[s][p].push_back(Out{std::move(cur[s][p]), bad});
                    cur[s][p].clear();
                }
            }
            if ((t.cpl_valid >> p & 1) && (cr >> p & 1))
                cpl[p].push_back(uint16_t(get_bits(cwords(t.cpl_tag), 16 * p, 16)));
        }
        if (aw && t.awready) aw = false;
        if (w && t.wready) w = false;
        if (b && t.bvalid) {
            resp = t.bresp;
            b = false;
        }
        if (ar && t.arready) {
            ar = false;
            r = true;
        }
        if (r && t.rvalid) {
            rdata = t.rdata;
            resp = t.rresp;
            r = false;
        }
        t.clk = 1;
        t.eval();
        cycle++;
    }
};

}  // namespace

extern "C" {

void* fpvs_cor_new(uint64_t seed, double p_stall) {
    Cor* c = new Cor;
    c->rng.s = seed ? seed : 0x9E3779B97F4A7C15ull;
    c->p_stall = p_stall;
    c->m->rst = 1;
    for (int i = 0; i < 8; i++) c->tick();
    c->m->rst = 0;
    for (int i = 0; i < 8; i++) c->tick();
    return c;
}

void fpvs_cor_free(void* h) { delete static_cast<Cor*>(h); }

// One AXI-Lite access: returns the response (0 OKAY, 2 SLVERR, ...), -1 if it did not
// finish within `max` cycles.
int fpvs_cor_axil(void* h, int write, uint32_t addr, uint32_t data, uint32_t* rdata, uint64_t max) {
    Cor* c = static_cast<Cor*>(h);
    Vfpvs_cor& t = *c->m;
    if (write) {
        t.awaddr = addr;
        t.wdata = data;
        c->aw = c->w = c->b = true;
    } else {
        t.araddr = addr;
        c->ar = true;
    }
    for (uint64_t i = 0; i < max; i++) {
        c->tick();
        if (!c->aw && !c->w && !c->b && !c->ar && !c->r) {
            if (!write) *rdata = c->rdata;
            return c->resp;
        }
    }
    c->aw = c->w = c->b = c->ar = c->r = false;
    return -1;
}

// Queues a frame into the RX tap (host 0) or the host TX tap (host 1) of `port`.
void fpvs_cor_send(void* h, int host, uint32_t port, uint32_t tag, const uint8_t* data, size_t len) {
    Cor* c = static_cast<Cor*>(h);
    if (port >= PORTS || len == 0) return;
    for (size_t off = 0; off < len; off += 64) {
        size_t n = len - off < 64 ? len - off : 64;
        Beat b{};
        std::memcpy(b.data, data + off, n);
        b.keep = n >= 64 ? ~uint64_t(0) : ((uint64_t(1) << n) - 1);
        b.last = off + n >= len;
        b.user = (tag & 0xFFFF) << 1;
        c->in[host ? 1 : 0][port].push_back(b);
    }
}

void fpvs_cor_step(void* h, uint64_t n) {
    Cor* c = static_cast<Cor*>(h);
    for (uint64_t i = 0; i < n; i++) c->tick();
}

// Input beats not yet taken.
uint64_t fpvs_cor_pending(void* h) {
    Cor* c = static_cast<Cor*>(h);
    uint64_t n = 0;
    for (auto& s : c->in)
        for (auto& q : s) n += q.size();
    return n;
}

// The next frame out of the TX tap (host 0) or the host RX tap (host 1) of `port`:
// its length (more than `cap` if it did not fit), -1 if there is none.
int64_t fpvs_cor_pop(void* h, int host, uint32_t port, uint8_t* buf, size_t cap, int* bad) {
    Cor* c = static_cast<Cor*>(h);
    if (port >= PORTS) return -1;
    auto& q = c->out[host ? 1 : 0][port];
    if (q.empty()) return -1;
    Out o = std::move(q.front());
    q.pop_front();
    std::memcpy(buf, o.data.data(), o.data.size() < cap ? o.data.size() : cap);
    *bad = o.bad;
    return int64_t(o.data.size());
}

int fpvs_cor_pop_cpl(void* h, uint32_t port, uint32_t* tag) {
    Cor* c = static_cast<Cor*>(h);
    if (port >= PORTS || c->cpl[port].empty()) return 0;
    *tag = c->cpl[port].front();
    c->cpl[port].pop_front();
    return 1;
}

uint64_t fpvs_cor_cycle(void* h) { return static_cast<Cor*>(h)->cycle; }

}  // extern "C"
