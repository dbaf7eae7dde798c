// The board-level testbench: the Colorlight i9 top as it goes into the bitstream
// (hw/board/colorlight_i9.v, Verilated with --timing so that the PLL model makes its
// clocks) with a PHY model on each RGMII port and the UART bridged to a Unix socket.
//
//   board_tb SOCKET     connects to the Unix socket SOCKET (the host's end of the UART)
//
// Commands on stdin, one per line:
//   f PORT IFG HEX   queue a frame (HEX: destination MAC to FCS) on PORT's receive wire,
//                    after IFG idle byte times, with preamble and SFD; sent on `go`
//   go               start sending the queued frames (both ports together)
//   hw               print the high-water marks (and reset them)
//   q                quit
// Lines on stdout:
//   t PORT START END OK HEX   a frame the board sent on PORT: the times (ps) of its
//                             first preamble byte and of its last byte, whether its
//                             preamble, SFD and FCS were right, its bytes without them
//   r PORT START              a frame began on PORT's receive wire: the time (ps) of
//                             its first preamble byte
//   idle NOW                  nothing more to do (printed when the work runs out; ps)
//   hw NAME VALUE ...         high-water marks, counters
//
// Time advances only while there is something to do: frames to send, UART bytes in
// either direction (and 3 ms after the last, for the card to answer), or frames
// leaving (and 100 us after). Every RXC edge is driven from here, each port's at its
// own phase; the data of each half cycle is set just after the edge before, so the
// IDDR cells sample it in the middle of the half cycle as a PHY in RGMII-ID mode
// presents it.
#include "Vboard.h"
#include "Vboard___024root.h"
#include "verilated.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <algorithm>
#include <string>
#include <vector>

using u64 = uint64_t;

static const u64 RXC_HALF = 4000;               // 125 MHz, ps
static const u64 UART_BIT = 1000000000000ULL / 115200;
static const u64 LINGER_UART = 3000000000ULL;    // 3 ms
static const u64 LINGER_ETH = 100000000ULL;      // 100 us

static uint32_t crc32(const uint8_t *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return ~c;
}

struct Sym {
    uint8_t byte;
    bool dv;
};

struct RxWire {
    std::deque<Sym> queued;  // waiting for `go`
    std::deque<Sym> wire;    // being sent
    u64 next_edge;
    bool level = false;
    Sym cur{0, false};
};

struct TxWire {
    bool prev_clk = false;
    uint8_t low = 0;
    bool ctl_rise = false;
    bool in_frame = false;
    u64 start = 0;
    u64 last = 0;
    std::vector<uint8_t> bytes;
};

static Vboard *top;
static VerilatedContext *ctx;
static RxWire rx[2];
static TxWire tx[2];
static int sock = -1;
static std::deque<uint8_t> uart_out;  // to the card
static int uart_out_bit = -1;          // -1 idle, 0 start, 1..8 data, 9 stop
static uint8_t uart_out_byte = 0;
static u64 uart_out_next = 0;
static bool uart_in_prev = true;
static int uart_in_bit = -1;
static uint8_t uart_in_byte = 0;
static u64 uart_in_next = 0;
static u64 busy_until = 0;

static void set_rx_pins(int p) {
    const Sym &s = rx[p].cur;
    // The half that follows the edge just made. Rising half: RXD = low nibble, RX_CTL =
    // RX_DV; falling half: high nibble, RX_DV xor RX_ER (no receive errors are sent).
    uint8_t nib = rx[p].level ? (s.byte >> 4) : (s.byte & 0xF);
    if (p == 0) {
        top->eth0_rx_data = nib;
        top->eth0_rx_ctl = s.dv;
    } else {
        top->eth1_rx_data = nib;
        top->eth1_rx_ctl = s.dv;
    }
}

static void rx_edge(int p) {
    RxWire &w = rx[p];
    w.level = !w.level;
    if (p == 0) top->eth0_rx_clk = w.level; else top->eth1_rx_clk = w.level;
    top->eval();
    if (!w.level) {
        // After a falling edge: the next byte's rising half.
        if (!w.wire.empty()) {
            bool was = w.cur.dv;
            w.cur = w.wire.front();
            w.wire.pop_front();
            if (w.cur.dv && !was)
                printf("r %d %llu\n", p, (unsigned long long)ctx->time());
            busy_until = std::max(busy_until, ctx->time() + LINGER_ETH);
        } else {
            w.cur = Sym{0, false};
        }
    }
    set_rx_pins(p);
    top->eval();
    w.next_edge += RXC_HALF;
}

static void hex_out(const std::vector<uint8_t> &v, size_t from, size_t to) {
    static const char *d = "0123456789abcdef";
    std::string s;
    s.reserve(2 * (to - from));
    for (size_t i = from; i < to; i++) {
        s.push_back(d[v[i] >> 4]);
        s.push_back(d[v[i] & 15]);
    }
    fputs(s.c_str(), stdout);
}

static void tx_byte_done(int p, uint8_t byte, bool en) {
    TxWire &w = tx[p];
    if (en) {
        if (!w.in_frame) {
            w.in_frame = true;
            w.start = ctx->time();
            w.bytes.clear();
        }
        w.bytes.push_back(byte);
        w.last = ctx->time();
        busy_until = std::max(busy_until, ctx->time() + LINGER_ETH);
    } else if (w.in_frame) {
        w.in_frame = false;
        const std::vector<uint8_t> &b = w.bytes;
        bool ok = b.size() >= 8 + 4;
        for (size_t i = 0; ok && i < 7; i++) ok = b[i] == 0x55;
        ok = ok && b[7] == 0xD5;
        if (ok) {
            uint32_t c = crc32(b.data() + 8, b.size() - 12);
            const uint8_t *f = b.data() + b.size() - 4;
            ok = c == (uint32_t(f[0]) | uint32_t(f[1]) << 8 | uint32_t(f[2]) << 16 |
                       uint32_t(f[3]) << 24);
        }
        printf("t %d %llu %llu %d ", p, (unsigned long long)w.start,
               (unsigned long long)w.last, ok ? 1 : 0);
        if (b.size() >= 12) hex_out(b, 8, b.size() - 4); else hex_out(b, 0, b.size());
        putchar('\n');
        fflush(stdout);
    }
}

static void sample_tx() {
    for (int p = 0; p < 2; p++) {
        bool clk = p == 0 ? top->eth0_tx_clk : top->eth1_tx_clk;
        uint8_t d = p == 0 ? top->eth0_tx_data : top->eth1_tx_data;
        bool ctl = p == 0 ? top->eth0_tx_ctl : top->eth1_tx_ctl;
        TxWire &w = tx[p];
        if (clk && !w.prev_clk) {
            w.low = d;
            w.ctl_rise = ctl;
        } else if (!clk && w.prev_clk) {
            tx_byte_done(p, uint8_t(w.low | d << 4), w.ctl_rise);
        }
        w.prev_clk = clk;
    }
}

static void uart_step_out() {
    // Called at uart_out_next: the next bit on the card's RX line.
    u64 now = ctx->time();
    if (uart_out_bit < 0) {
        if (uart_out.empty()) return;
        uart_out_byte = uart_out.front();
        uart_out.pop_front();
        uart_out_bit = 0;
        top->uart_rx = 0;
    } else if (uart_out_bit < 8) {
        top->uart_rx = (uart_out_byte >> uart_out_bit) & 1;
        uart_out_bit++;
    } else if (uart_out_bit == 8) {
        top->uart_rx = 1;
        uart_out_bit = 9;
    } else {
        uart_out_bit = -1;
        busy_until = std::max(busy_until, now + LINGER_UART);
        if (uart_out.empty()) {
            uart_out_next = UINT64_MAX;
            return;
        }
        uart_step_out();
        return;
    }
    uart_out_next = now + UART_BIT;
}

static void sample_uart_in() {
    bool lvl = top->uart_tx;
    if (uart_in_bit < 0 && uart_in_prev && !lvl) {
        uart_in_bit = 0;
        uart_in_byte = 0;
        uart_in_next = ctx->time() + UART_BIT + UART_BIT / 2;
    }
    uart_in_prev = lvl;
}

static void uart_in_sample() {
    bool lvl = top->uart_tx;
    if (uart_in_bit < 8) {
        uart_in_byte |= uint8_t(lvl) << uart_in_bit;
        uart_in_bit++;
        uart_in_next += UART_BIT;
    } else {
        // Stop bit.
        if (lvl && sock >= 0) {
            ssize_t n = write(sock, &uart_in_byte, 1);
            (void)n;
        }
        uart_in_bit = -1;
        uart_in_next = UINT64_MAX;
        busy_until = std::max(busy_until, ctx->time() + LINGER_UART);
    }
}

// High-water marks of the buffers between the pins and the core, sampled on every
// rising edge of the MACs' clock, and the MACs' counters. The names are Verilator's
// for the board's signals (sim/csrc/board_tb.vlt keeps them readable).
struct Mark {
    std::string name;
    std::function<u64()> read;
    bool counter;
    u64 high;
};
static std::vector<Mark> marks;

static void setup_marks() {
    Vboard___024root *r = top->rootp;
    auto fill = [](u64 wt, u64 rp) { return (wt - rp) & 0x3FF; };
#define PORT_MARKS(P)                                                                      \
    marks.push_back({"sym_fifo" #P, [r] { return u64((r->top__DOT__eth##P##__DOT__cdc__DOT__wbin__024q - r->top__DOT__eth##P##__DOT__cdc__DOT__rbin__024q) & 0x1F); }, false, 0}); \
    marks.push_back({"rx_buffer" #P, [r, fill] { return fill(r->top__DOT__eth##P##__DOT__rx__DOT__wt__024q, r->top__DOT__eth##P##__DOT__rx__DOT__rp__024q); }, false, 0}); \
    marks.push_back({"rx_cdc" #P, [r] { return u64((r->top__DOT__eth##P##__DOT__rxq__DOT__wbin__024q - r->top__DOT__eth##P##__DOT__rxq__DOT__rbin__024q) & 0x1F); }, false, 0}); \
    marks.push_back({"tx_cdc" #P, [r] { return u64((r->top__DOT__eth##P##__DOT__txq__DOT__wbin__024q - r->top__DOT__eth##P##__DOT__txq__DOT__rbin__024q) & 0x1F); }, false, 0}); \
    marks.push_back({"tx_buffer" #P, [r, fill] { return fill(r->top__DOT__eth##P##__DOT__tx__DOT__wt__024q, r->top__DOT__eth##P##__DOT__tx__DOT__rp__024q); }, false, 0}); \
    marks.push_back({"rx_good" #P, [r] { return u64(r->top__DOT__eth##P##__DOT__rx__DOT__n_good__024q); }, true, 0}); \
    marks.push_back({"rx_bad_fcs" #P, [r] { return u64(r->top__DOT__eth##P##__DOT__rx__DOT__n_fcs__024q); }, true, 0}); \
    marks.push_back({"rx_runt" #P, [r] { return u64(r->top__DOT__eth##P##__DOT__rx__DOT__n_runt__024q); }, true, 0}); \
    marks.push_back({"rx_long" #P, [r] { return u64(r->top__DOT__eth##P##__DOT__rx__DOT__n_long__024q); }, true, 0}); \
    marks.push_back({"rx_overflow" #P, [r] { return u64(r->top__DOT__eth##P##__DOT__rx__DOT__n_ovf__024q); }, true, 0}); \
    marks.push_back({"tx_sent" #P, [r] { return u64(r->top__DOT__eth##P##__DOT__tx__DOT__n_sent__024q); }, true, 0}); \
    marks.push_back({"tx_dropped" #P, [r] { return u64(r->top__DOT__eth##P##__DOT__tx__DOT__n_drop__024q); }, true, 0});
    PORT_MARKS(0)
    PORT_MARKS(1)
#undef PORT_MARKS
}

static void sample_marks() {
    for (Mark &m : marks) {
        if (m.counter) continue;
        u64 v = m.read();
        if (v > m.high) m.high = v;
    }
}

static void print_marks() {
    printf("hw");
    for (Mark &m : marks) {
        printf(" %s %llu", m.name.c_str(), (unsigned long long)(m.counter ? m.read() : m.high));
        m.high = 0;
    }
    printf("\n");
    fflush(stdout);
}

static bool rx_work() {
    return !rx[0].wire.empty() || !rx[1].wire.empty() || rx[0].cur.dv || rx[1].cur.dv;
}

static void read_socket() {
    uint8_t buf[4096];
    for (;;) {
        ssize_t n = recv(sock, buf, sizeof buf, MSG_DONTWAIT);
        if (n <= 0) break;
        for (ssize_t i = 0; i < n; i++) uart_out.push_back(buf[i]);
    }
    if (!uart_out.empty() && uart_out_bit < 0 && uart_out_next == UINT64_MAX)
        uart_out_next = ctx->time() + 1;
}

static std::vector<uint8_t> unhex(const char *s) {
    std::vector<uint8_t> v;
    auto nib = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    while (s[0] && s[1] && s[0] != '\n') {
        v.push_back(uint8_t(nib(s[0]) << 4 | nib(s[1])));
        s += 2;
    }
    return v;
}

// Returns false on `q`.
static bool command(const char *line) {
    if (line[0] == 'f' && line[1] == ' ') {
        int p = 0, ifg = 0, off = 0;
        if (sscanf(line + 2, "%d %d %n", &p, &ifg, &off) < 2 || p < 0 || p > 1) {
            fprintf(stderr, "board_tb: bad frame line\n");
            exit(2);
        }
        std::vector<uint8_t> f = unhex(line + 2 + off);
        std::deque<Sym> &q = rx[p].queued;
        for (int i = 0; i < ifg; i++) q.push_back(Sym{0, false});
        for (int i = 0; i < 7; i++) q.push_back(Sym{0x55, true});
        q.push_back(Sym{0xD5, true});
        for (uint8_t b : f) q.push_back(Sym{b, true});
    } else if (strncmp(line, "go", 2) == 0) {
        for (int p = 0; p < 2; p++) {
            for (Sym s : rx[p].queued) rx[p].wire.push_back(s);
            rx[p].queued.clear();
        }
        busy_until = std::max(busy_until, ctx->time() + LINGER_ETH);
    } else if (strncmp(line, "hw", 2) == 0) {
        print_marks();
    } else if (line[0] == 'q') {
        return false;
    }
    return true;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: board_tb SOCKET\n");
        return 2;
    }
    ctx = new VerilatedContext;
    ctx->commandArgs(1, argv);
    top = new Vboard{ctx};
    sock = socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    strncpy(a.sun_path, argv[1], sizeof a.sun_path - 1);
    if (connect(sock, (sockaddr *)&a, sizeof a) != 0) {
        perror("board_tb: connect");
        return 1;
    }
    setvbuf(stdout, nullptr, _IOFBF, 1 << 16);
    top->uart_rx = 1;
    top->clk25 = 0;
    rx[0].next_edge = 1000;
    rx[1].next_edge = 3300;  // the other port at its own phase
    uart_out_next = UINT64_MAX;
    uart_in_next = UINT64_MAX;
    setup_marks();
    top->eval();
    // The PLL locks and the card settles before anything is sent.
    busy_until = 20000000;
    std::string line;
    char buf[1 << 16];
    size_t have = 0;
    bool prev_clk = false;
    bool was_working = true;
    for (;;) {
        bool work = rx_work() || !uart_out.empty() || uart_out_bit >= 0 || uart_in_bit >= 0 ||
                    ctx->time() < busy_until;
        if (!work && was_working) {
            printf("idle %llu\n", (unsigned long long)ctx->time());
            fflush(stdout);
        }
        was_working = work;
        pollfd fds[2] = {{0, POLLIN, 0}, {sock, POLLIN, 0}};
        int n = poll(fds, 2, work ? 0 : -1);
        if (n > 0 && (fds[1].revents & (POLLIN | POLLHUP))) {
            read_socket();
            if (fds[1].revents & POLLHUP && uart_out.empty()) {
                // The host closed the line; keep serving stdin.
            }
        }
        if (n > 0 && (fds[0].revents & (POLLIN | POLLHUP))) {
            ssize_t r = read(0, buf + have, sizeof buf - have);
            if (r <= 0) break;
            have += size_t(r);
            size_t start = 0;
            for (size_t i = 0; i < have; i++) {
                if (buf[i] == '\n') {
                    line.append(buf + start, i - start);
                    if (!command(line.c_str())) goto done;
                    line.clear();
                    start = i + 1;
                }
            }
            line.append(buf + start, have - start);
            have = 0;
            continue;
        }
        if (!work) continue;
        // Simulate a slice of 10 us, then look at the inputs again.
        u64 until = ctx->time() + 10000000;
        while (ctx->time() < until) {
            u64 t_model = top->eventsPending() ? top->nextTimeSlot() : UINT64_MAX;
            u64 t = std::min({t_model, rx[0].next_edge, rx[1].next_edge, uart_out_next,
                              uart_in_next});
            if (t > ctx->time()) ctx->time(t);
            if (t == rx[0].next_edge) rx_edge(0);
            if (t == rx[1].next_edge) rx_edge(1);
            if (t == uart_out_next) uart_step_out();
            if (t == uart_in_next) uart_in_sample();
            top->eval();
            sample_tx();
            sample_uart_in();
            bool clk = top->rootp->top__DOT__pll__DOT__pll_i__DOT__op;
            if (clk && !prev_clk) sample_marks();
            prev_clk = clk;
        }
    }
done:
    print_marks();
    top->final();
    delete top;
    delete ctx;
    return 0;
}
