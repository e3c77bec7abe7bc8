#pragma once

// The one way pcitopo writes a file (documents, `render -o`, `assign -o`, `--in-place`): a
// failure of any write, of the flush or of the commit leaves the old file whole and says what
// the system said. A regular file is replaced atomically (QSaveFile) keeping its mode and owner;
// a device or FIFO is written directly, never replaced; "-" is standard output.

#include <QByteArray>
#include <QString>
#include <functional>

namespace pcitopo {

// What a file was when pcitopo last read or wrote it, to tell at save time whether another
// program changed it since. It costs nothing at load: it keeps the bytes (shared, not copied)
// and the file's identity, and compares the bytes on disk only when saving.
class FileFingerprint {
public:
    FileFingerprint() = default;
    static FileFingerprint of(const QString& path, const QByteArray& bytes);

    bool isFor(const QString& absolutePath) const { return m_path == absolutePath; }
    // True when the file at the fingerprint's path is no longer what it was. A file that is
    // gone is no change (nothing is lost by writing it again).
    bool changedOnDisk() const;

private:
    QString m_path; // absolute; empty when the file is not a regular file
    QByteArray m_bytes;
};

// Called after the new bytes are written and synced, just before they replace the old file:
// a non-empty answer refuses the commit (it is the reason, after "PATH: ") and leaves the old
// file as it is.
using LastCheck = std::function<QString()>;

// Writes `bytes` to `path` (see the top of this file). On failure returns false and sets
// `error` to "PATH: WHAT: REASON".
bool writeFileSafely(const QString& path, const QByteArray& bytes, QString* error,
                     const LastCheck& lastCheck = {});

// Removes QSaveFile's temporaries of `path` ("NAME.XXXXXX" beside it) that a killed save left:
// only those a save of ours marked (user.pcitopo.temporary), owned by this user, not locked by
// a save under way and not modified for a minute.
// Returns how many it removed.
int removeStaleTemporaries(const QString& path);

} // namespace pcitopo
