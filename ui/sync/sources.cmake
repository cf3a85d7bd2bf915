# The sync panel and the sync worker thread (issue 7).
target_sources(newsdesk_ui PRIVATE
)
