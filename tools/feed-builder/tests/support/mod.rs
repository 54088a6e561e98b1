//! What the publisher tests share: a loopback HTTP server started inside the
//! test (std only; no test touches the internet), a temporary data
//! directory, and a registry entry for the test publisher.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use feed_builder::registry::{Publisher, Registry};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn fixture(name: &str) -> String {
    let path = repo()
        .join("tools/feed-builder/tests/fixtures/publishers")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One answer of the server.
#[derive(Clone)]
pub struct Reply {
    pub status: u16,
    pub location: Option<String>,
    pub body: Vec<u8>,
    /// Sent before anything else (a slow server).
    pub delay: Duration,
    /// Whether a Content-Length is sent; without it the body ends when the
    /// connection closes.
    pub declare_length: bool,
}

impl Reply {
    pub fn ok(body: impl Into<Vec<u8>>) -> Self {
        Self {
            status: 200,
            location: None,
            body: body.into(),
            delay: Duration::ZERO,
            declare_length: true,
        }
    }

    pub fn redirect(location: impl Into<String>) -> Self {
        Self {
            status: 302,
            location: Some(location.into()),
            ..Self::ok("")
        }
    }
}

/// A server on 127.0.0.1 answering each path with its [`Reply`] (404 for
/// any other), one thread per connection.
pub struct Server {
    pub port: u16,
    routes: Arc<Mutex<HashMap<String, Reply>>>,
}

impl Server {
    pub fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let routes: Arc<Mutex<HashMap<String, Reply>>> = Arc::default();
        let shared = Arc::clone(&routes);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let routes = Arc::clone(&shared);
                thread::spawn(move || answer(stream, &routes));
            }
        });
        Self { port, routes }
    }

    pub fn route(&self, path: &str, reply: Reply) {
        self.routes.lock().unwrap().insert(path.into(), reply);
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

fn answer(mut stream: TcpStream, routes: &Mutex<HashMap<String, Reply>>) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split(' ').nth(1).unwrap_or("/").to_string();
    let reply = routes.lock().unwrap().get(&path).cloned().unwrap_or(Reply {
        status: 404,
        ..Reply::ok("not found")
    });
    thread::sleep(reply.delay);
    let mut out = format!("HTTP/1.1 {} Test\r\nConnection: close\r\n", reply.status);
    if let Some(location) = &reply.location {
        out += &format!("Location: {location}\r\n");
    }
    if reply.declare_length {
        out += &format!("Content-Length: {}\r\n", reply.body.len());
    }
    out += "Content-Type: application/json\r\n\r\n";
    // The client may hang up early (a body over the limit): not an error here.
    let _ = stream
        .write_all(out.as_bytes())
        .and_then(|_| stream.write_all(&reply.body));
}

/// A data directory of its own for one test, removed afterwards.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> Self {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "peta-mpp-publishers-{}-{}-{name}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The test publisher: Kabupaten Buol's code, on the loopback.
pub fn test_publisher(feed_url: &str) -> Publisher {
    Publisher {
        regency_code: "72.05".into(),
        name: "Pemerintah Kabupaten Buol (data uji)".into(),
        feed_url: feed_url.into(),
        domain: "127.0.0.1".into(),
        registered_on: "2026-03-01".into(),
        review: "test registry (tools/feed-builder/tests)".into(),
    }
}

pub fn registry_of(publishers: Vec<Publisher>) -> Registry {
    Registry {
        registry_version: 1,
        publishers,
    }
}
