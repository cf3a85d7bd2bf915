# Backups of the store and its media, and the log file.
target_sources(newsdesk_core PRIVATE
)
