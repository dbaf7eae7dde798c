//! One name per type: no struct, enum, union, trait or type alias is defined twice in
//! the workspace's non-test code, so a search for a type's name finds one thing.
//!
//! Every source file of the workspace's crates is parsed (`syn`); test code is left
//! out: integration tests (`tests/` directories, this crate), `#[cfg(test)]` items
//! and the files of `#[cfg(test)]` modules. Items nested in functions and inline
//! modules count like any other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// The workspace's crates' source roots, from this crate's directory.
const SOURCE_DIRS: [&str; 6] = [
    "../hw/abi/src",
    "../hw/model/src",
    "../hw/src",
    "../driver/src",
    "../host-agent/src",
    "../sim/src",
];

fn is_cfg_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| {
        a.path().is_ident("cfg") && {
            let mut test = false;
            let _ = a.parse_nested_meta(|m| {
                test |= m.path.is_ident("test");
                Ok(())
            });
            test
        }
    })
}

/// Type definitions of one file, and the files of its `#[cfg(test)] mod x;`.
struct Defs {
    found: Vec<String>,
    test_mods: Vec<String>,
}

impl<'a> Visit<'a> for Defs {
    fn visit_item(&mut self, item: &'a syn::Item) {
        let (attrs, ident) = match item {
            syn::Item::Struct(i) => (&i.attrs, Some(&i.ident)),
            syn::Item::Enum(i) => (&i.attrs, Some(&i.ident)),
            syn::Item::Union(i) => (&i.attrs, Some(&i.ident)),
            syn::Item::Trait(i) => (&i.attrs, Some(&i.ident)),
            syn::Item::Type(i) => (&i.attrs, Some(&i.ident)),
            syn::Item::Mod(m) => {
                if is_cfg_test(&m.attrs) {
                    if m.content.is_none() {
                        self.test_mods.push(m.ident.to_string());
                    }
                    return;
                }
                (&m.attrs, None)
            }
            syn::Item::Fn(f) => (&f.attrs, None),
            syn::Item::Impl(i) => (&i.attrs, None),
            _ => return,
        };
        if is_cfg_test(attrs) {
            return;
        }
        if let Some(id) = ident {
            self.found.push(id.to_string());
        }
        syn::visit::visit_item(self, item);
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Where `mod name;` declared in `file` lives.
fn module_files(file: &Path, name: &str) -> [PathBuf; 2] {
    let dir = file.parent().unwrap();
    let stem = file.file_stem().unwrap().to_str().unwrap();
    let base = if matches!(stem, "lib" | "main" | "mod") {
        dir.to_path_buf()
    } else {
        dir.join(stem)
    };
    [
        base.join(format!("{name}.rs")),
        base.join(name).join("mod.rs"),
    ]
}

#[test]
fn no_type_name_is_defined_twice_outside_tests() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for d in SOURCE_DIRS {
        rust_files(&root.join(d), &mut files);
    }
    let mut parsed = Vec::new();
    let mut test_files = BTreeSet::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        let ast = syn::parse_file(&src).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let mut d = Defs {
            found: Vec::new(),
            test_mods: Vec::new(),
        };
        d.visit_file(&ast);
        for m in &d.test_mods {
            test_files.extend(module_files(f, m));
        }
        parsed.push((f.clone(), d.found));
    }
    // A test module's own submodules are test code too.
    let in_test_module = |f: &Path| {
        test_files.iter().any(|t| {
            f == t
                || (t.file_name().is_some_and(|n| n == "mod.rs")
                    && f.starts_with(t.parent().unwrap()))
                || f.starts_with(t.with_extension(""))
        })
    };
    let mut by_name: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut counted = 0;
    for (f, found) in &parsed {
        if in_test_module(f) {
            continue;
        }
        let shown = f
            .strip_prefix(root.join(".."))
            .unwrap_or(f)
            .display()
            .to_string();
        for name in found {
            counted += 1;
            by_name.entry(name.clone()).or_default().push(shown.clone());
        }
    }
    assert!(
        counted > 200,
        "only {counted} type definitions found: is the walk right?"
    );
    let twice: Vec<String> = by_name
        .iter()
        .filter(|(_, at)| at.len() > 1)
        .map(|(name, at)| format!("{name}: {}", at.join(", ")))
        .collect();
    assert!(
        twice.is_empty(),
        "type names defined more than once outside tests:\n  {}",
        twice.join("\n  ")
    );
}
