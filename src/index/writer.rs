//! Writing to the index off the reader's thread: what the workers read is queued here and
//! stored in transactions of many files, so neither the screen nor the workers wait on disk.

use super::{Index, Stamp, Stored};
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// The most files gathered into one transaction.
const BATCH: usize = 256;

/// How long a batch waits for more before it is written.
const LINGER: Duration = Duration::from_millis(200);

enum Job {
    Put(String, Stamp, Stored),
    Remove(String),
    /// Store what is queued before this, then say so.
    Sync(std::sync::mpsc::Sender<()>),
}

/// A thread that owns a connection to the index and stores what it is sent.
pub struct Writer {
    tx: Option<SyncSender<Job>>,
    handle: Option<JoinHandle<()>>,
    error: Arc<Mutex<Option<String>>>,
    /// Disconnects when the thread ends (it holds the sender).
    ended: Receiver<()>,
}

impl Writer {
    /// Starts the thread. At most a few batches wait in the queue: a sender blocks beyond
    /// that, which keeps memory bounded when files are read faster than they are stored.
    pub fn spawn(index: Index) -> Writer {
        let (tx, rx) = sync_channel(BATCH * 2);
        let error = Arc::new(Mutex::new(None));
        let seen = error.clone();
        let (ending, ended) = std::sync::mpsc::channel::<()>();
        let handle = std::thread::spawn(move || {
            let _ending = ending;
            run(index, &rx, &seen);
        });
        Writer {
            tx: Some(tx),
            handle: Some(handle),
            error,
            ended,
        }
    }

    /// Queues one file's reading to be stored.
    pub fn put(&self, key: String, stamp: Stamp, stored: Stored) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(Job::Put(key, stamp, stored));
        }
    }

    /// Queues a file to be forgotten.
    pub fn remove(&self, key: String) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(Job::Remove(key));
        }
    }

    /// Waits, up to `wait`, until everything queued so far is stored: a reading of the index
    /// then sees every file read before. `false` when it took longer (or storing stopped).
    pub fn sync(&self, wait: Duration) -> bool {
        let Some(tx) = &self.tx else {
            return false;
        };
        let (done, answer) = std::sync::mpsc::channel();
        tx.send(Job::Sync(done)).is_ok() && answer.recv_timeout(wait).is_ok()
    }

    /// A handle that queues readings from other threads.
    pub fn sender(&self) -> Option<WriterHandle> {
        self.tx.clone().map(WriterHandle)
    }

    /// The first error storing met, if any (storing stops there; the reader goes on).
    pub fn error(&self) -> Option<String> {
        self.error.lock().ok().and_then(|e| e.clone())
    }

    /// Stores what is queued and stops the thread, waiting at most `wait` for it: what is
    /// not stored by then is left to the thread, which ends with the process (the index is a
    /// cache; a transaction cut short is rolled back, and the files are read again next
    /// time). Workers still analysing hold senders of their own, so their readings may come
    /// after this; quitting the reader must not wait on them.
    pub fn finish_within(&mut self, wait: Duration) {
        self.tx = None;
        let Some(handle) = self.handle.take() else {
            return;
        };
        if let Err(RecvTimeoutError::Disconnected) = self.ended.recv_timeout(wait) {
            let _ = handle.join();
        }
    }

    /// Stores what is queued and stops the thread.
    pub fn finish(&mut self) {
        self.tx = None;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.finish();
    }
}

/// Queues readings for a `Writer` from any thread.
#[derive(Clone)]
pub struct WriterHandle(SyncSender<Job>);

impl WriterHandle {
    pub fn put(&self, key: String, stamp: Stamp, stored: Stored) {
        let _ = self.0.send(Job::Put(key, stamp, stored));
    }
}

fn run(mut index: Index, rx: &Receiver<Job>, error: &Mutex<Option<String>>) {
    let mut batch: Vec<(String, Stamp, Stored)> = Vec::with_capacity(BATCH);
    let mut failed = false;
    loop {
        let job = if batch.is_empty() {
            rx.recv().map_err(|_| RecvTimeoutError::Disconnected)
        } else {
            rx.recv_timeout(LINGER)
        };
        let collecting = match job {
            Ok(Job::Put(k, s, st)) => {
                batch.push((k, s, st));
                batch.len() < BATCH
            }
            Ok(Job::Sync(done)) => {
                flush(&mut index, &mut batch, &mut failed, error);
                let _ = done.send(());
                true
            }
            Ok(Job::Remove(k)) => {
                flush(&mut index, &mut batch, &mut failed, error);
                if !failed && let Err(e) = index.remove(&k) {
                    note(error, &mut failed, e.to_string());
                }
                true
            }
            Err(RecvTimeoutError::Timeout) => false,
            Err(RecvTimeoutError::Disconnected) => {
                flush(&mut index, &mut batch, &mut failed, error);
                return;
            }
        };
        if !collecting {
            flush(&mut index, &mut batch, &mut failed, error);
        }
    }
}

fn flush(
    index: &mut Index,
    batch: &mut Vec<(String, Stamp, Stored)>,
    failed: &mut bool,
    error: &Mutex<Option<String>>,
) {
    if !*failed
        && !batch.is_empty()
        && let Err(e) = index.put_many(batch.iter().map(|(k, s, st)| (k.as_str(), *s, st)))
    {
        note(error, failed, e.to_string());
    }
    batch.clear();
}

fn note(error: &Mutex<Option<String>>, failed: &mut bool, message: String) {
    *failed = true;
    if let Ok(mut e) = error.lock() {
        e.get_or_insert(message);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading() -> Stored {
        Stored::Skipped("empty".into())
    }

    #[test]
    fn stores_in_batches_and_says_when_it_cannot() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.sqlite");
        let ix = Index::open(&path, "v").unwrap().index;
        let mut w = Writer::spawn(ix);
        let stamp = Stamp {
            size: 1,
            mtime: 1,
            hash: 1,
        };
        for k in 0..300 {
            w.put(format!("f{k}.txt"), stamp, reading());
        }
        w.remove("f0.txt".into());
        // Once in sync, another connection sees every file queued before.
        assert!(w.sync(Duration::from_secs(10)));
        let now = Index::open(&path, "v").unwrap().index;
        assert_eq!(now.stats().unwrap().files, 299);
        w.finish();
        let check = Index::open(&path, "v").unwrap().index;
        assert_eq!(check.stats().unwrap().files, 299);
        assert!(w.error().is_none());
        // A table gone from under it: the error is kept, and storing stops.
        rusqlite::Connection::open(&path)
            .unwrap()
            .execute_batch("DROP TABLE files")
            .unwrap();
        let mut w = Writer::spawn(check);
        w.put("g.txt".into(), stamp, reading());
        w.finish();
        assert!(
            w.error().is_some_and(|e| e.contains("files")),
            "{:?}",
            w.error()
        );
    }
}
