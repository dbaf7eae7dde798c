//! Splits each combinational `always @(*)` block of rust-hdl's Verilog into the smallest
//! blocks that compute the same values.
//!
//! rust-hdl writes a block's whole `update()` as one `always @(*)`. To a simulator that
//! schedules whole processes, every signal such a process writes then depends on every
//! signal it reads: a ready that depends on nothing but a FIFO's pointers appears to
//! depend on the valid driven into it, which appears to depend on that ready, and
//! Verilator 5.006 reports circular logic (`UNOPTFLAT`) and evaluates the loop until it
//! settles. Verilator 5.48 breaks such false loops itself but still schedules whole
//! processes: a process that reads one top-level input is re-evaluated in the input
//! region with everything else it computes (the service hash, the counters' adders).
//!
//! The transform keeps every statement and its order; it only partitions the top-level
//! statements of a block into groups and gives each group its own `always @(*)`:
//! - statements that write the same variable (a default assignment and its conditional
//!   overrides, or the part-selects of one vector) share a group;
//! - a statement that reads a variable before some statement of another group writes it
//!   (a read of the old value, in sequential terms) is merged with that writer, so that
//!   the order in which the original block saw the value is kept.
//!
//! Every variable is then written by one process only, every read of a variable computed
//! in another process sees its final value, exactly as in the original sequential block,
//! and the circuit is unchanged: yosys and Verilator see the same logic, in finer pieces.
//! The parser accepts exactly the statement shapes rust-hdl writes (one assignment per
//! line, `if`/`else`/`begin`/`end`, `case`/`endcase`) and leaves any block it does not
//! recognise untouched.

use std::collections::{BTreeSet, HashMap};

const OPEN: &str = "    always @(*) begin";
const CLOSE: &str = "    end";

/// The Verilog with every combinational block split (see the module documentation).
pub fn split_comb_blocks(verilog: &str) -> String {
    let lines: Vec<&str> = verilog.lines().collect();
    let mut out = String::with_capacity(verilog.len() + verilog.len() / 4);
    let mut i = 0;
    while i < lines.len() {
        if lines[i] == OPEN {
            if let Some(end) = (i + 1..lines.len()).find(|&j| lines[j] == CLOSE) {
                match split_block(&lines[i + 1..end]) {
                    Some(groups) => {
                        for g in groups {
                            out.push_str(OPEN);
                            out.push('\n');
                            for l in g {
                                out.push_str(l);
                                out.push('\n');
                            }
                            out.push_str(CLOSE);
                            out.push('\n');
                        }
                    }
                    None => {
                        for l in &lines[i..=end] {
                            out.push_str(l);
                            out.push('\n');
                        }
                    }
                }
                i = end + 1;
                continue;
            }
        }
        out.push_str(lines[i]);
        out.push('\n');
        i += 1;
    }
    out
}

/// One top-level statement: its lines, the variables it writes, the ones it reads.
#[derive(Debug)]
struct Statement<'a> {
    lines: Vec<&'a str>,
    writes: BTreeSet<&'a str>,
    reads: BTreeSet<&'a str>,
}

/// The groups of a block's body, in the order of their first statement; `None` if the
/// body has a shape this parser does not know (the block is then left whole).
fn split_block<'a>(body: &[&'a str]) -> Option<Vec<Vec<&'a str>>> {
    let stmts = statements(body)?;
    let n = stmts.len();
    let mut uf = UnionFind::new(n);
    // Statements writing the same variable belong together.
    let mut writer: HashMap<&str, usize> = HashMap::new();
    for (k, s) in stmts.iter().enumerate() {
        for w in &s.writes {
            if let Some(&first) = writer.get(w) {
                uf.union(first, k);
            } else {
                writer.insert(w, k);
            }
        }
    }
    // A read before the last write of a variable (the old value) keeps its place next
    // to the writers.
    let mut last_write: HashMap<&str, usize> = HashMap::new();
    for (k, s) in stmts.iter().enumerate() {
        for w in &s.writes {
            last_write.insert(w, k);
        }
    }
    for (k, s) in stmts.iter().enumerate() {
        for r in &s.reads {
            if let Some(&lw) = last_write.get(r) {
                if lw > k {
                    uf.union(lw, k);
                }
            }
        }
    }
    // A group that reads nothing (a constant driven into a port) would be an
    // `always @(*)` with an empty sensitivity list, which never runs: Verilator 5.48
    // warns (ALWNEVER) and leaves the variable at its initial value. Such a group joins
    // a group that reads something; it adds no dependency, for it reads nothing.
    if let Some(anchor) = stmts.iter().position(|s| !s.reads.is_empty()) {
        let mut reads_something = vec![false; n];
        for (k, s) in stmts.iter().enumerate() {
            if !s.reads.is_empty() {
                reads_something[uf.find(k)] = true;
            }
        }
        for k in 0..n {
            if !reads_something[uf.find(k)] {
                uf.union(anchor, k);
            }
        }
    }
    let mut order: Vec<usize> = Vec::new();
    let mut groups: HashMap<usize, Vec<&'a str>> = HashMap::new();
    for (k, s) in stmts.iter().enumerate() {
        let root = uf.find(k);
        let g = groups.entry(root).or_insert_with(|| {
            order.push(root);
            Vec::new()
        });
        g.extend(s.lines.iter().copied());
    }
    Some(
        order
            .into_iter()
            .map(|r| groups.remove(&r).unwrap_or_default())
            .collect(),
    )
}

/// Cuts a block body into its top-level statements.
fn statements<'a>(body: &[&'a str]) -> Option<Vec<Statement<'a>>> {
    let mut out = Vec::new();
    let mut depth: i64 = 0;
    let mut cur: Option<Statement<'a>> = None;
    for (k, &line) in body.iter().enumerate() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let s = cur.get_or_insert_with(|| Statement {
            lines: Vec::new(),
            writes: BTreeSet::new(),
            reads: BTreeSet::new(),
        });
        s.lines.push(line);
        let toks = tokens(t);
        for &(tok, _) in &toks {
            match tok {
                "begin" | "case" => depth += 1,
                "end" | "endcase" => depth -= 1,
                _ => {}
            }
        }
        if depth < 0 {
            return None;
        }
        classify(t, &toks, s)?;
        let next_is_else = body[k + 1..]
            .iter()
            .map(|l| l.trim())
            .find(|l| !l.is_empty())
            .is_some_and(|l| l.starts_with("else"));
        if depth == 0 && !next_is_else {
            out.extend(cur.take());
        }
    }
    if depth != 0 || cur.is_some() {
        return None;
    }
    Some(out)
}

/// Adds the variables one line writes and reads to its statement; `None` for a line of
/// an unknown shape.
fn classify<'a>(line: &'a str, toks: &[(&'a str, usize)], s: &mut Statement<'a>) -> Option<()> {
    const KEYWORDS: [&str; 7] = ["if", "else", "begin", "end", "case", "endcase", "default"];
    let first = toks.first().map(|t| t.0);
    let assign = top_level_assign(line);
    match (first, assign) {
        // `lhs = rhs;` or `lhs[sel] = rhs;`
        (Some(lhs), Some(eq)) if !KEYWORDS.contains(&lhs) => {
            if !line.ends_with(';') {
                return None;
            }
            s.writes.insert(lhs);
            for &(tok, at) in &toks[1..] {
                // Part-select indices and the right-hand side are reads.
                if at > eq || tok != lhs {
                    s.reads.insert(tok);
                }
            }
        }
        // Control lines and case labels: every identifier is read.
        _ => {
            let control = matches!(
                first,
                Some("if" | "else" | "begin" | "end" | "case" | "endcase" | "default")
            ) || line.ends_with(':');
            if !control || assign.is_some() {
                return None;
            }
            for &(tok, _) in toks {
                if !KEYWORDS.contains(&tok) {
                    s.reads.insert(tok);
                }
            }
        }
    }
    Some(())
}

/// The byte offset of a line's assignment `=` (not `==`, `!=`, `<=`, `>=`, `===`).
fn top_level_assign(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    (0..b.len()).find(|&i| {
        b[i] == b'='
            && !matches!(b.get(i + 1), Some(b'='))
            && !matches!(
                i.checked_sub(1).map(|p| b[p]),
                Some(b'=' | b'!' | b'<' | b'>')
            )
    })
}

/// The identifiers of a line with their offsets; number literals (`32'h1f`, `1'b1`),
/// system functions (`$signed`) and strings are skipped.
fn tokens(line: &str) -> Vec<(&str, usize)> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < b.len() && ident(b[i]) {
                i += 1;
            }
            out.push((&line[start..i], start));
        } else if c.is_ascii_digit() || c == b'\'' || c == b'$' {
            // A number, a based literal, or a system name: skip it whole.
            i += 1;
            while i < b.len() && (ident(b[i]) || b[i] == b'\'') {
                i += 1;
            }
        } else if c == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += 1;
            }
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

#[derive(Debug)]
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    /// Joins two sets; the smaller index stays the root, so groups keep the order of
    /// their first statement.
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        let (lo, hi) = (a.min(b), a.max(b));
        self.0[hi] = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(v: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur: Option<String> = None;
        for l in v.lines() {
            if l == OPEN {
                cur = Some(String::new());
            } else if l == CLOSE {
                out.extend(cur.take());
            } else if let Some(c) = cur.as_mut() {
                c.push_str(l.trim());
                c.push('\n');
            }
        }
        out
    }

    fn wrap(body: &str) -> String {
        let mut s = String::from("module m(a, b);\n");
        s.push_str(OPEN);
        s.push('\n');
        for l in body.lines() {
            s.push_str("        ");
            s.push_str(l);
            s.push('\n');
        }
        s.push_str(CLOSE);
        s.push_str("\nendmodule\n");
        s
    }

    #[test]
    fn independent_assignments_get_their_own_blocks() {
        let v = wrap("x$clock = clock;\nused = wp - rp;\ns_ready = used != depth;\npush = s_valid & (used != depth);");
        assert_eq!(
            blocks(&split_comb_blocks(&v)),
            [
                "x$clock = clock;\n",
                "used = wp - rp;\n",
                "s_ready = used != depth;\n",
                "push = s_valid & (used != depth);\n"
            ]
        );
    }

    #[test]
    fn a_constant_joins_a_block_that_reads_something() {
        // Alone it would be `always @(*)` with nothing to wait for: it would never run.
        let v = wrap("x$clock = clock;\nwe = 1'b1;\nraddr = wp - behind;");
        assert_eq!(
            blocks(&split_comb_blocks(&v)),
            ["x$clock = clock;\nwe = 1'b1;\n", "raddr = wp - behind;\n"]
        );
    }

    #[test]
    fn a_default_and_its_overrides_stay_together() {
        let v = wrap(
            "y = 1'b0;\nz = a;\nif (a == 32'h3) begin\ny = b;\nend\nelse if (b) begin\ny = 1'b1;\nend\nelse begin\ny = a;\nend",
        );
        assert_eq!(
            blocks(&split_comb_blocks(&v)),
            [
                "y = 1'b0;\nif (a == 32'h3) begin\ny = b;\nend\nelse if (b) begin\ny = 1'b1;\nend\nelse begin\ny = a;\nend\n",
                "z = a;\n"
            ]
        );
    }

    #[test]
    fn part_selects_of_one_vector_and_case_items_stay_together() {
        let v = wrap(
            "v = w;\nv[(64'h2)+:(4)] = k;\nu = v;\ncase (s$q)\nS$Idle:\nbegin\nr = 1'b1;\nq = 1'b0;\nend\ndefault:\nbegin\nr = u;\nq = 1'b1;\nend\nendcase",
        );
        let b = blocks(&split_comb_blocks(&v));
        assert_eq!(b.len(), 3, "{b:?}");
        assert_eq!(b[0], "v = w;\nv[(64'h2)+:(4)] = k;\n");
        assert_eq!(b[1], "u = v;\n");
        assert!(b[2].starts_with("case (s$q)\n") && b[2].ends_with("endcase\n"));
    }

    #[test]
    fn a_read_of_the_old_value_keeps_its_order() {
        // `t` reads `acc` before `acc` is written: in sequential terms the old value.
        let v = wrap("t = acc;\nacc = a + 32'h1;\nu = acc;");
        assert_eq!(
            blocks(&split_comb_blocks(&v)),
            ["t = acc;\nacc = a + 32'h1;\n", "u = acc;\n"]
        );
    }

    #[test]
    fn literals_and_comparisons_are_not_variables() {
        let t: Vec<&str> = tokens("x = (a <= 8'hff) & $signed(b) & (c == 1'b1);")
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(t, ["x", "a", "b", "c"]);
        assert_eq!(top_level_assign("x = a <= b;"), Some(2));
        assert_eq!(top_level_assign("if (a == b) begin"), None);
    }

    #[test]
    fn unknown_shapes_are_left_whole() {
        let v = wrap("x = a;\nfor (i = 0; i < 4; i = i + 1) begin\nx = b;\nend");
        assert_eq!(split_comb_blocks(&v), v);
        // Unbalanced: an `end` too many.
        let v = wrap("x = a;\nend");
        assert_eq!(split_comb_blocks(&v), v);
    }

    #[test]
    fn text_outside_comb_blocks_is_unchanged() {
        let v =
            "module m(a);\n    always @(posedge clock) begin\n       q <= d;\n    end\nendmodule\n";
        assert_eq!(split_comb_blocks(v), v);
    }
}
