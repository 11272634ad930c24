//! A static file server on loopback, for serving corpus folders to the
//! crawler and the browser in tests and benchmarks: one thread per
//! connection, one request per connection, files inside the folder only.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

/// Serves the folder `root` on a free loopback port until the process ends;
/// returns the port. `/` and every folder are served as their `index.html`;
/// a query or fragment is ignored; a path with `..` or a missing file is a
/// 404.
pub fn serve_folder(root: impl Into<PathBuf>) -> io::Result<u16> {
    let root = root.into();
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let port = listener.local_addr()?.port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || answer_file(&root, stream));
        }
    });
    Ok(port)
}

fn answer_file(root: &Path, mut stream: TcpStream) {
    let Ok(clone) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(clone);
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/");
    let rel = target
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .trim_start_matches('/');
    let mut file = root.join(if rel.is_empty() { "index.html" } else { rel });
    if file.is_dir() {
        file = file.join("index.html");
    }
    let inside = !rel.split('/').any(|s| s == "..");
    let (status, body, kind) = match std::fs::read(&file) {
        Ok(body) if inside => ("200 OK", body, content_type(&file)),
        _ => ("404 Not Found", b"<h1>Not found</h1>".to_vec(), "text/html"),
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(&body);
}

/// The content type a plain static server gives a file, by its extension.
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "application/javascript",
        Some("json") => "application/json",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("ico") => "image/x-icon",
        Some("svg") => "image/svg+xml",
        Some("woff") => "font/woff",
        Some("woff2") => "font/woff2",
        Some("ttf") => "font/ttf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};
    use std::net::TcpStream;

    use super::serve_folder;

    /// `GET target` on `port`: the status line and the body.
    fn get(port: u16, target: &str) -> (String, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(stream, "GET {target} HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let (head, body) = response.split_once("\r\n\r\n").unwrap();
        let status = head.lines().next().unwrap().to_string();
        (status, body.to_string())
    }

    #[test]
    fn serves_files_inside_the_folder_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("docs")).unwrap();
        std::fs::write(root.join("index.html"), "<p>root</p>").unwrap();
        std::fs::write(root.join("docs/index.html"), "<p>docs</p>").unwrap();
        std::fs::write(root.join("docs/a.css"), "p {}").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        let port = serve_folder(&root).unwrap();
        let cases = [
            ("/", "HTTP/1.1 200 OK", "<p>root</p>"),
            ("/?q=1#top", "HTTP/1.1 200 OK", "<p>root</p>"),
            ("/docs/", "HTTP/1.1 200 OK", "<p>docs</p>"),
            ("/docs/a.css", "HTTP/1.1 200 OK", "p {}"),
            (
                "/missing.html",
                "HTTP/1.1 404 Not Found",
                "<h1>Not found</h1>",
            ),
            (
                "/../secret.txt",
                "HTTP/1.1 404 Not Found",
                "<h1>Not found</h1>",
            ),
        ];
        for (target, status, body) in cases {
            assert_eq!(get(port, target), (status.into(), body.into()), "{target}");
        }
    }
}
