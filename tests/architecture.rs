//! The shape of the code, checked: data flows one way (feed → domain →
//! state → pages and components), the domain crate has no cycle, and the
//! README's map of `src/` names every file. A failure names the import or
//! the file, so it says what to move.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Which top-level modules of the app each may import. Anything not
/// listed is an arrow running back up (e.g. a component importing the app
/// shell or the feed client, a hook importing a component).
#[rustfmt::skip]
const ALLOWED: &[(&str, &[&str])] = &[
    ("browser", &[]),
    ("routing", &[]),
    ("i18n", &[]),
    ("feed_client", &["browser"]),
    ("state", &["feed_client", "browser"]),
    ("hooks", &["hooks", "state", "browser", "i18n", "routing"]),
    ("components", &["components", "hooks", "state", "i18n", "routing", "browser"]),
    ("pages", &["pages", "components", "hooks", "state", "i18n", "routing", "browser"]),
    // The shell, at the top, may use every layer.
    ("app", &["pages", "components", "hooks", "state", "i18n", "routing", "browser", "feed_client"]),
    ("mount", &["app", "hooks", "browser", "pages"]),
    ("prerender", &["app", "state", "i18n", "browser"]),
];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The modules `source` names as `crate::<module>`.
fn crate_imports(source: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for (i, _) in source.match_indices("crate::") {
        // `$crate::` in macros is not an import of ours.
        if source[..i].ends_with('$') {
            continue;
        }
        let rest = &source[i + "crate::".len()..];
        let first_word = |text: &str| -> String {
            text.trim_start()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        };
        // `use crate::{state, app::App}` names several modules at once.
        let names: Vec<String> = match rest.strip_prefix('{') {
            Some(group) => group
                .split('}')
                .next()
                .unwrap_or("")
                .split(',')
                .map(first_word)
                .collect(),
            None => vec![first_word(rest)],
        };
        found.extend(names.into_iter().filter(|n| !n.is_empty()));
    }
    found
}

fn top_module(root: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(root).unwrap();
    let first = relative
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_owned()
}

#[test]
fn imports_in_the_app_only_run_down() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed: BTreeMap<_, _> = ALLOWED.iter().copied().collect();
    let mut wrong = Vec::new();
    for file in rust_files(&root) {
        let module = top_module(&root, &file);
        if matches!(module.as_str(), "lib" | "main") {
            continue;
        }
        let Some(may) = allowed.get(module.as_str()) else {
            wrong.push(format!(
                "{}: a top-level module this test does not know; give it a layer",
                file.display()
            ));
            continue;
        };
        let source = fs::read_to_string(&file).unwrap();
        for import in crate_imports(&source) {
            if import != module && !may.contains(&import.as_str()) {
                wrong.push(format!("{} imports crate::{import}", file.display()));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the flow:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_domain_crate_has_no_cycle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/domain/src");
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in rust_files(&root) {
        let module = top_module(&root, &file);
        if module == "lib" {
            continue;
        }
        let source = fs::read_to_string(&file).unwrap();
        let imports = crate_imports(&source)
            .into_iter()
            .filter(|m| *m != module)
            .collect();
        edges.insert(module, imports);
    }
    // Depth-first search; a module met again on the current path is a cycle.
    fn visit(
        module: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| m == module) {
            let mut cycle = path[start..].to_vec();
            cycle.push(module.to_owned());
            return Some(cycle);
        }
        if !done.insert(module.to_owned()) {
            return None;
        }
        path.push(module.to_owned());
        for next in edges.get(module).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for module in edges.keys() {
        let cycle = visit(module, &edges, &mut Vec::new(), &mut done);
        assert!(
            cycle.is_none(),
            "a cycle in the domain: {}",
            cycle.unwrap().join(" → ")
        );
    }
}

#[test]
fn the_domain_crate_has_no_web_dependency() {
    let manifest =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/domain/Cargo.toml"))
            .unwrap();
    for web in ["leptos", "web-sys", "js-sys", "gloo", "wasm-bindgen"] {
        assert!(!manifest.contains(web), "crates/domain depends on {web}");
    }
}

#[test]
fn the_readme_names_every_file_under_src() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(base.join("README.md")).unwrap();
    let mut missing = Vec::new();
    for dir in ["src", "crates/domain/src"] {
        for file in rust_files(&base.join(dir)) {
            let name = file
                .strip_prefix(base)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if !readme.contains(&format!("`{name}`")) {
                missing.push(name);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "README.md does not name (as `path`): {}",
        missing.join(", ")
    );
}

#[test]
fn every_source_file_the_readme_names_exists() {
    let base = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = fs::read_to_string(base.join("README.md")).unwrap();
    let gone: Vec<&str> = readme
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|quoted| {
            (quoted.starts_with("src/") || quoted.starts_with("crates/")) && quoted.ends_with(".rs")
        })
        .filter(|path| !base.join(path).is_file())
        .collect();
    assert!(
        gone.is_empty(),
        "README.md names files that are not there: {}",
        gone.join(", ")
    );
}
