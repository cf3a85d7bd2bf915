# The outbox and the sync engine (issue 7): local workflow actions -> the portal.
target_sources(newsdesk_core PRIVATE
)
