#include "rocksdb_options.h"

#include <algorithm>

#include "rocksdb/cache.h"
#include "rocksdb/convenience.h"
#include "rocksdb/filter_policy.h"
#include "rocksdb/table.h"

namespace vaktbro::storage {

namespace {

constexpr size_t kBlockCacheBytes = 64 << 20;
constexpr size_t kWriteBufferBytes = 16 << 20;
constexpr size_t kAllWriteBuffersBytes = 64 << 20;
constexpr double kBloomBitsPerKey = 10;

rocksdb::CompressionType PickCompression() {
  const std::vector<rocksdb::CompressionType> supported =
      rocksdb::GetSupportedCompressions();
  const bool has_lz4 = std::find(supported.begin(), supported.end(),
                                 rocksdb::kLZ4Compression) != supported.end();
  return has_lz4 ? rocksdb::kLZ4Compression : rocksdb::kNoCompression;
}

}  // namespace

rocksdb::DBOptions MakeDbOptions(const StoreOptions& options) {
  rocksdb::DBOptions db;
  db.create_if_missing = options.create_if_missing;
  db.create_missing_column_families = true;
  db.max_background_jobs = 2;
  db.db_write_buffer_size = kAllWriteBuffersBytes;
  db.keep_log_file_num = 4;
  db.max_log_file_size = 4 << 20;
  return db;
}

rocksdb::ColumnFamilyOptions MakeColumnFamilyOptions() {
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = rocksdb::NewLRUCache(kBlockCacheBytes);
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(kBloomBitsPerKey));
  rocksdb::ColumnFamilyOptions cf;
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  cf.compression = PickCompression();
  cf.write_buffer_size = kWriteBufferBytes;
  return cf;
}

rocksdb::TransactionDBOptions MakeTransactionDbOptions(
    const StoreOptions& options) {
  rocksdb::TransactionDBOptions txn_db;
  txn_db.transaction_lock_timeout = options.lock_timeout.count();
  txn_db.default_lock_timeout = options.lock_timeout.count();
  return txn_db;
}

rocksdb::TransactionOptions MakeTransactionOptions() {
  rocksdb::TransactionOptions txn;
  txn.deadlock_detect = true;
  // No transaction snapshot: GetForUpdate must read the latest committed
  // value, and a snapshot would make it fail validation instead. Unlocked
  // reads use a read snapshot of their own (see TxnImpl).
  txn.set_snapshot = false;
  return txn;
}

}  // namespace vaktbro::storage
