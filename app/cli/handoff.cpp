#include "handoff.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace pcitopo::cli {

Backends& backends() {
    static Backends instance;
    return instance;
}

namespace {

// /proc/self/exe, not argv[0]: PATH lookups and symlinks (/usr/bin/pcitopo → …) resolve alike.
QString helperPath(const char* helper) {
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QDir dir = QFileInfo(self).absoluteDir();
    const QString name = QString::fromLatin1(helper);
    for (const QString& candidate :
         {dir.filePath(name), dir.filePath(QStringLiteral("../libexec/pcitopo/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QString();
}

int execute(const char* helper, std::vector<QByteArray> arguments) {
    const QString path = helperPath(helper);
    if (path.isEmpty()) {
        QTextStream(stderr) << "pcitopo: " << helper << " is not installed beside "
                            << QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()
                            << '\n';
        return 2;
    }
    const QByteArray file = QFile::encodeName(path);
    std::vector<char*> argv{const_cast<char*>(file.constData())};
    for (QByteArray& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    ::execv(file.constData(), argv.data());
    QTextStream(stderr) << "pcitopo: cannot run " << path << ": " << std::strerror(errno) << '\n';
    return 2;
}

} // namespace

int handOff(const char* helper, char* argv[]) {
    std::vector<QByteArray> arguments;
    for (int i = 1; argv[i]; ++i)
        arguments.emplace_back(argv[i]);
    return execute(helper, std::move(arguments));
}

int handOff(const char* helper) {
    std::vector<QByteArray> arguments;
    const QStringList all = QCoreApplication::arguments();
    for (qsizetype i = 1; i < all.size(); ++i)
        arguments.push_back(all[i].toLocal8Bit());
    return execute(helper, std::move(arguments));
}

} // namespace pcitopo::cli
