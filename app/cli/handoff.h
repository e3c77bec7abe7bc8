#pragma once

// `pcitopo` links Qt Core and the model only, so it starts in milliseconds. What needs more runs
// in an executable beside it, which takes over the process with the same arguments (exec):
//   pcitopo-editor          the editor (no subcommand, or a FILE)          Qt Widgets
//   pcitopo-libvirt-helper  check, validate --connect                      libvirt
//   pcitopo-png-helper      render --format png                            Qt Gui
// A helper is the same command line with its part installed in backends() before cli::run.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace pcitopo::cli {

// A domain's persistent XML by name (validate --connect); nullopt with `error` when unreadable.
using DomainXmlSource = std::function<std::optional<QString>(const QString& name, QString* error)>;

struct Backends {
    // Set by pcitopo-libvirt-helper.
    int (*check)(const QStringList& arguments) = nullptr;
    // A read-only connection to `uri`; an empty function with `error` when it cannot be opened.
    DomainXmlSource (*connectReadOnly)(const QString& uri, QString* error) = nullptr;
    // Set by pcitopo-png-helper: the application object (a QGuiApplication) and the rasterizer.
    std::unique_ptr<QCoreApplication> (*makeApplication)(int& argc, char* argv[]) = nullptr;
    // PNG bytes of the SVG drawn `width` pixels wide (0: its own width); empty when it fails.
    QByteArray (*svgToPng)(const QByteArray& svg, int width) = nullptr;
};
Backends& backends();

inline constexpr const char* kEditor = "pcitopo-editor";
inline constexpr const char* kLibvirtHelper = "pcitopo-libvirt-helper";
inline constexpr const char* kPngHelper = "pcitopo-png-helper";

// Replaces this process by `helper` run with this process's own arguments (argv[1...]). Looks
// beside /proc/self/exe (the build tree, /usr/bin), then in ../libexec/pcitopo from there.
// Returns only when that fails: 2, with the reason on stderr.
int handOff(const char* helper, char* argv[]);
// The same for the arguments QCoreApplication kept (inside a subcommand).
int handOff(const char* helper);

} // namespace pcitopo::cli
