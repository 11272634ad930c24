//! How configurations read and write durations in files: human-readable
//! strings (`"60s"`, `"1m 30s"`, `"250ms"`), as `humantime` prints and
//! parses them.

use std::time::Duration;

use serde::{Deserialize, Deserializer, Serializer};

/// Writes a duration as `humantime` prints it.
pub(crate) fn serialize<S: Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&humantime::format_duration(*d))
}

/// Reads a duration from a `humantime` string.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
    let text = String::deserialize(d)?;
    humantime::parse_duration(&text).map_err(serde::de::Error::custom)
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};
    use std::time::Duration;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Wait {
        #[serde(with = "super")]
        wait: Duration,
    }

    #[test]
    fn durations_round_trip_as_text() {
        let w = Wait {
            wait: Duration::from_millis(1500),
        };
        let json = serde_json::to_string(&w).unwrap();
        assert_eq!(json, r#"{"wait":"1s 500ms"}"#);
        assert_eq!(serde_json::from_str::<Wait>(&json).unwrap(), w);
        assert!(serde_json::from_str::<Wait>(r#"{"wait":"soon"}"#).is_err());
        assert!(serde_json::from_str::<Wait>(r#"{"wait":15}"#).is_err());
    }

    #[test]
    fn configs_read_partial_files_and_round_trip() {
        let load: crate::source::LoadConfig = serde_json::from_str(r#"{"sites": 2}"#).unwrap();
        assert_eq!(load.sites, 2);
        assert_eq!(load.folder, crate::acquire::FolderConfig::default());
        let cluster = crate::cluster::ClusterConfig::default();
        let json = serde_json::to_string(&cluster).unwrap();
        assert_eq!(
            serde_json::from_str::<crate::cluster::ClusterConfig>(&json).unwrap(),
            cluster
        );
        assert!(serde_json::from_str::<crate::source::LoadConfig>(r#"{"site": 2}"#).is_err());
    }

    #[test]
    fn watch_config_reads_a_partial_file() {
        let config: crate::watch::WatchConfig =
            serde_json::from_str(r#"{"recheck_after": "3days", "workers": 2}"#).unwrap();
        assert_eq!(config.recheck_after, Duration::from_secs(3 * 86_400));
        assert_eq!(config.workers, 2);
        let json = serde_json::to_string(&config).unwrap();
        assert_eq!(
            serde_json::from_str::<crate::watch::WatchConfig>(&json).unwrap(),
            config
        );
    }

    #[cfg(feature = "crawl")]
    #[test]
    fn crawl_config_reads_durations_as_text() {
        use crate::acquire::crawl::CrawlConfig;
        let config: CrawlConfig =
            serde_json::from_str(r#"{"timeout": "2m", "resolve": [["a.example", "192.0.2.1"]]}"#)
                .unwrap();
        assert_eq!(config.timeout, Duration::from_secs(120));
        assert_eq!(
            config.resolve,
            [("a.example".to_string(), [192, 0, 2, 1].into())]
        );
        assert_eq!(config.max_pages, CrawlConfig::default().max_pages);
        let json = serde_json::to_string(&config).unwrap();
        assert_eq!(serde_json::from_str::<CrawlConfig>(&json).unwrap(), config);
    }

    #[cfg(feature = "screenshot")]
    #[test]
    fn screenshot_config_round_trips() {
        use crate::acquire::screenshot::{ScreenshotConfig, SettleWait};
        let config = ScreenshotConfig {
            wait: SettleWait::Fixed,
            ..ScreenshotConfig::default()
        };
        let json = serde_json::to_string(&config).unwrap();
        assert!(json.contains(r#""wait":"fixed""#), "{json}");
        assert_eq!(
            serde_json::from_str::<ScreenshotConfig>(&json).unwrap(),
            config
        );
    }
}
