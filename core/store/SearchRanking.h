#pragma once

// newsdesk_rank(article_search): the FTS5 ranking function behind search. It scores a row by
// tier, in this order:
//   3. the query's syllables standing together as a phrase in the title,
//   2. ... as a phrase in the body,
//   1. all syllables in the title but scattered,
//   0. all syllables somewhere, scattered,
// and within a tier by BM25's term-frequency part (title weighted above body). Vietnamese
// words are several syllables, so "muong lay" must find "Mường Lay" before a text that has
// "mường" and "lay" far apart. Higher is better.
//
// BM25's IDF factor is left out on purpose: computing it means walking the whole posting list
// of every query syllable, which for a syllable found in most articles costs more than the rest
// of the search; within a tier every row holds every syllable anyway.

struct sqlite3;

namespace newsdesk {

// Column weights for BM25, in the order of article_search's columns (title, body, meta).
inline constexpr double kTitleWeight = 10.0;
inline constexpr double kBodyWeight = 1.0;
inline constexpr double kMetaWeight = 2.0;
// Tier i adds i * kTierStep to the score: far above any BM25 value.
inline constexpr double kTierStep = 1.0e6;

// Registers the function on one connection; false if FTS5 is unavailable.
bool registerSearchRanking(sqlite3 *db);

}  // namespace newsdesk
