# The Backups window: back up now, list, restore.
target_sources(newsdesk_ui PRIVATE
)
