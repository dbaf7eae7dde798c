//! What survives a restart of fpvsd: the configuration, the index assignments it
//! made in the card, and the persistence templates, in one JSON file written
//! atomically.
//!
//! Templates change with traffic, not only with the configuration: the control
//! handler saves after every change, and the daemon also every
//! [`crate::daemon::SAVE_INTERVAL`] and when it stops, so a persistent client keeps
//! its real server across a restart (one of fpvsd that crashed loses at most the
//! templates of that last interval). Each template is one line of text
//! ([`SavedTemplate`]), its expiry in wall-clock time, so the time fpvsd was down
//! counts against it.
//!
//! Below both the control handler and the daemon (which loads at start); it imports
//! neither.

use crate::agent::{Agent, Indices, SavedTemplate};
use crate::config::Config;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// What survives a restart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct State {
    /// The configuration.
    pub config: Config,
    /// Index assignments in the card.
    pub indices: Indices,
    /// Persistence templates by service (named as in `indices`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub templates: BTreeMap<String, Vec<SavedTemplate>>,
}

impl State {
    /// What `agent` would have to restore.
    pub fn of(agent: &Agent) -> State {
        State {
            config: agent.config().clone(),
            indices: agent.indices().clone(),
            templates: agent.saved_templates(),
        }
    }
}

/// Reads the state file (absent: empty state).
pub fn load_state(dir: &Path) -> Result<State, String> {
    let path = dir.join("state.json");
    match std::fs::read(&path) {
        Ok(b) => serde_json::from_slice(&b).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(State::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Writes the state file atomically (temporary file, then rename).
pub fn save_state(dir: &Path, state: &State) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let path = dir.join("state.json");
    let tmp = dir.join("state.json.tmp");
    let body = serde_json::to_vec_pretty(state).map_err(|e| e.to_string())?;
    std::fs::write(&tmp, body).map_err(|e| format!("{}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, &path).map_err(|e| format!("{}: {e}", path.display()))
}
