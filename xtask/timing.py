#!/usr/bin/env python3
"""The board build's timing and utilisation, from nextpnr's report, as a small file.

  timing.py REPORT OUT --seed N --density D --verilog FILE --seconds S
      prints utilisation and per-clock Fmax; writes OUT (one build)
  timing.py --collect OUT BUILD...
      writes OUT with the builds given (one file per placer seed), the form of
      hw/board/timing.json, which a test checks against the design's clocks

Each build names the SHA-256 of the Verilog it was built from, so a reviewer sees
whether the committed figures belong to the committed netlist.
"""
import argparse
import hashlib
import json
import sys

PART = "LFE5U-45F-6BG381C"


def label(clk, constraint):
    """nextpnr names each clock after a net it drives; say which clock it is."""
    for port in "01":
        if f"eth{port}_rx_clk" in clk:
            return f"port {port} receive (RXC)"
    if abs(constraint - 125.0) < 0.01:
        return "MACs (clk)"
    return "core and UART (clk_core)"


def build(args):
    r = json.load(open(args.report))
    u = r.get("utilization", {})
    print("utilisation:")
    for key, name in (("TRELLIS_COMB", "LUT"), ("TRELLIS_FF", "FF"), ("DP16KD", "EBR"),
                      ("TRELLIS_RAMW", "LUTRAM")):
        if key in u:
            used, avail = u[key]["used"], u[key]["available"]
            print(f"  {name:<6} {used:>6} / {avail:<6} ({100.0 * used / avail:.1f} %)")
    print("Fmax:")
    bad = False
    clocks = {}
    for clk, f in sorted(r.get("fmax", {}).items()):
        ok = f["achieved"] >= f["constraint"]
        bad |= not ok
        what = label(clk, f["constraint"])
        print(f"  {what:<26} {f['achieved']:7.2f} MHz (constraint {f['constraint']:.2f} MHz) "
              f"{'ok' if ok else 'FAILS'}  [{clk}]")
        clocks[what] = {"net": clk, "fmax_mhz": round(f["achieved"], 2),
                        "constraint_mhz": round(f["constraint"], 2)}
    util = {k: {"used": u[k]["used"], "available": u[k]["available"]}
            for k in ("TRELLIS_COMB", "TRELLIS_FF", "DP16KD", "TRELLIS_RAMW") if k in u}
    sha = hashlib.sha256(open(args.verilog, "rb").read()).hexdigest()
    out = {"part": PART, "verilog": args.verilog, "verilog_sha256": sha, "seed": args.seed,
           "placer_density": args.density, "build_seconds": args.seconds,
           "all_met": not bad, "clocks": clocks, "utilisation": util}
    with open(args.out, "w") as f:
        json.dump(out, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"timing and utilisation: {args.out}")


def collect(out, files):
    builds = sorted((json.load(open(f)) for f in files), key=lambda b: b["seed"])
    with open(out, "w") as f:
        json.dump({"builds": builds}, f, indent=2, sort_keys=True)
        f.write("\n")
    for b in builds:
        worst = min(c["fmax_mhz"] / c["constraint_mhz"] for c in b["clocks"].values())
        print(f"seed {b['seed']}: {'all met' if b['all_met'] else 'FAILS'}, least margin "
              f"{100 * (worst - 1):+.1f} %, {b['build_seconds']} s")
    print(f"{len(builds)} builds: {out}")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--collect":
        if len(sys.argv) < 4:
            sys.exit("usage: timing.py --collect OUT BUILD...")
        collect(sys.argv[2], sys.argv[3:])
        return
    p = argparse.ArgumentParser()
    p.add_argument("report")
    p.add_argument("out")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--density", type=float, required=True)
    p.add_argument("--verilog", required=True)
    p.add_argument("--seconds", type=int, required=True)
    build(p.parse_args())


if __name__ == "__main__":
    main()
