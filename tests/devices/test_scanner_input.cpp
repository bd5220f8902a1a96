// SPDX-FileCopyrightText: 2026 Madoguchi contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scanners that type or send lines: the line framer, a serial (CDC-ACM) scanner on a socat pty pair,
// the evdev key maps and an evdev scanner fed through a FIFO, the application-wide keyboard-wedge
// filter driven by synthetic key events, and scanner URIs.
#include "ptypair.h"
#include "qtstringmaker.h"
#include "scan/scanerror.h"
#include "scanner/evdevkeymap.h"
#include "scanner/evdevscanner.h"
#include "scanner/keyboardwedgefilter.h"
#include "scanner/lineframer.h"
#include "scanner/scannerfactory.h"
#include "scanner/serialscanner.h"

#include <QFile>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <linux/input.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Madoguchi;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10000; // a guard against hanging; every wait ends on a signal

QList<QByteArray> spiedScans(const QSignalSpy &spy)
{
    QList<QByteArray> scans;
    for (const QList<QVariant> &arguments : spy)
        scans.append(arguments.at(0).toByteArray());
    return scans;
}

bool waitForCount(QSignalSpy &spy, qsizetype count)
{
    return QTest::qWaitFor([&] { return spy.size() >= count; }, kWaitMs);
}

} // namespace

TEST_CASE("The line framer splits at CR, LF and CR LF and bounds a line", "[scanner]")
{
    LineFramer framer(16);
    CHECK(framer.feed("4901234") == QList<QByteArray>{});
    CHECK(framer.feed("567894\r\nABC\rDEF\n\n") == QList<QByteArray>{"4901234567894", "ABC", "DEF"});
    CHECK(framer.feed(QByteArray(25, 'x')) == QList<QByteArray>{QByteArray(17, 'x')}); // limit + 1: refused downstream
    CHECK(framer.feed(QByteArray(25, 'y') + "\rnext\r") == QList<QByteArray>{"next"});
    CHECK(framer.feed("half") == QList<QByteArray>{});
    framer.reset();
    CHECK(framer.feed("new\r") == QList<QByteArray>{"new"});
}

TEST_CASE("A serial scanner reads lines and comes back after being unplugged", "[scanner][serial]")
{
    Test::PtyPair pty;
    SerialScanner scanner(pty.appEnd(), 9600);
    scanner.setRetryInterval(20ms);
    QSignalSpy scans(&scanner, &CodeScanner::scanned);
    QSignalSpy connection(&scanner, &CodeScanner::connectedChanged);
    QSignalSpy problems(&scanner, &CodeScanner::problem);
    scanner.start();
    REQUIRE(scanner.isConnected());

    QFile device(pty.deviceEnd());
    REQUIRE(device.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    device.write("4901234");
    device.write("567894\r");
    device.write("https://city.example/s/q5XrN2Jz0vYb7-Pk_3mWdQ\r\n");
    device.write(QByteArray("番号"));
    device.write("\r\n");
    REQUIRE(waitForCount(scans, 3));
    CHECK(spiedScans(scans) == QList<QByteArray>{"4901234567894", "https://city.example/s/q5XrN2Jz0vYb7-Pk_3mWdQ", "番号"});
    device.close();

    pty.unplug();
    REQUIRE(QTest::qWaitFor([&] { return !scanner.isConnected(); }, kWaitMs));
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).at(0).toString().contains(pty.appEnd()));

    pty.plug();
    REQUIRE(QTest::qWaitFor([&] { return scanner.isConnected(); }, kWaitMs));
    CHECK(connection.size() >= 2);
    REQUIRE(device.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    device.write("96385074\r");
    REQUIRE(waitForCount(scans, 4));
    CHECK(scans.at(3).at(0).toByteArray() == "96385074");
    scanner.stop();
    CHECK_FALSE(scanner.isConnected());
}

TEST_CASE("A serial scanner that is not there is reported once and awaited", "[scanner][serial]")
{
    QTemporaryDir dir;
    SerialScanner scanner(dir.filePath(QStringLiteral("ttyACM9")), 9600);
    scanner.setRetryInterval(5ms);
    QSignalSpy problems(&scanner, &CodeScanner::problem);
    QSignalSpy connection(&scanner, &CodeScanner::connectedChanged);
    scanner.start();
    CHECK_FALSE(scanner.isConnected());
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).at(0).toString().contains(QStringLiteral("ttyACM9")));
    // Nothing to wait for: the point is that nothing comes. Ten retries run meanwhile.
    QTest::qWait(50);
    CHECK(problems.size() == 1);
    CHECK(connection.isEmpty());
}

TEST_CASE("The evdev key maps type what US and JIS keyboards type", "[scanner][evdev]")
{
    CHECK(keyCharacter(KeyLayout::Us, KEY_A, false) == 'a');
    CHECK(keyCharacter(KeyLayout::Us, KEY_A, true) == 'A');
    CHECK(keyCharacter(KeyLayout::Jp, KEY_Z, true) == 'Z');
    CHECK(keyCharacter(KeyLayout::Us, KEY_SEMICOLON, true) == ':');
    CHECK(keyCharacter(KeyLayout::Jp, KEY_APOSTROPHE, false) == ':');
    CHECK(keyCharacter(KeyLayout::Us, KEY_2, true) == '@');
    CHECK(keyCharacter(KeyLayout::Jp, KEY_2, true) == '"');
    CHECK(keyCharacter(KeyLayout::Jp, KEY_LEFTBRACE, false) == '@');
    CHECK(keyCharacter(KeyLayout::Us, KEY_MINUS, true) == '_');
    CHECK(keyCharacter(KeyLayout::Jp, KEY_RO, true) == '_');
    CHECK(keyCharacter(KeyLayout::Jp, KEY_MINUS, true) == '=');
    CHECK(keyCharacter(KeyLayout::Us, KEY_SLASH, false) == '/');
    CHECK(keyCharacter(KeyLayout::Jp, KEY_KP7, false) == '7');
    CHECK(keyCharacter(KeyLayout::Us, KEY_LEFTSHIFT, false) == '\0');
    CHECK(keyCharacter(KeyLayout::Us, KEY_F1, false) == '\0');
}

namespace {

struct Stroke {
    int code;
    bool shift = false;
};

// The events a scanner sends for strokes, then Enter.
QList<input_event> keyEvents(const QList<Stroke> &strokes)
{
    QList<input_event> events;
    auto add = [&](int type, int code, int value) {
        input_event event{};
        event.type = quint16(type);
        event.code = quint16(code);
        event.value = value;
        events.append(event);
    };
    for (const Stroke &stroke : strokes) {
        if (stroke.shift)
            add(EV_KEY, KEY_LEFTSHIFT, 1);
        add(EV_MSC, MSC_SCAN, 0x70004);
        add(EV_KEY, stroke.code, 1);
        add(EV_SYN, SYN_REPORT, 0);
        add(EV_KEY, stroke.code, 0);
        if (stroke.shift)
            add(EV_KEY, KEY_LEFTSHIFT, 0);
        add(EV_SYN, SYN_REPORT, 0);
    }
    add(EV_KEY, KEY_ENTER, 1);
    add(EV_KEY, KEY_ENTER, 0);
    return events;
}

// "https://a_b" on each layout, as the scanner's key positions.
const QList<Stroke> kUsStrokes{{KEY_H},     {KEY_T},     {KEY_T}, {KEY_P},           {KEY_S},      {KEY_SEMICOLON, true},
                               {KEY_SLASH}, {KEY_SLASH}, {KEY_A}, {KEY_MINUS, true}, {KEY_B, true}};
const QList<Stroke> kJpStrokes{{KEY_H},     {KEY_T},     {KEY_T}, {KEY_P},        {KEY_S},      {KEY_APOSTROPHE},
                               {KEY_SLASH}, {KEY_SLASH}, {KEY_A}, {KEY_RO, true}, {KEY_B, true}};

QList<QByteArray> decodeAll(KeyLayout layout, const QList<input_event> &events)
{
    EvdevLineDecoder decoder(layout);
    QList<QByteArray> lines;
    for (const input_event &event : events) {
        if (auto line = decoder.feed(event.type, event.code, event.value))
            lines.append(*line);
    }
    return lines;
}

} // namespace

TEST_CASE("The evdev decoder follows Shift and ends a scan at Enter", "[scanner][evdev]")
{
    CHECK(decodeAll(KeyLayout::Us, keyEvents(kUsStrokes)) == QList<QByteArray>{"https://a_B"});
    CHECK(decodeAll(KeyLayout::Jp, keyEvents(kJpStrokes)) == QList<QByteArray>{"https://a_B"});
    // The same key positions read with the wrong layout give another text: the layout matters.
    CHECK(decodeAll(KeyLayout::Jp, keyEvents(kUsStrokes)) != QList<QByteArray>{"https://a_B"});

    QList<input_event> twoScans = keyEvents({{KEY_1}, {KEY_2}});
    twoScans += keyEvents({{KEY_KP3}});
    CHECK(decodeAll(KeyLayout::Us, twoScans) == QList<QByteArray>{"12", "3"});
    CHECK(decodeAll(KeyLayout::Us, keyEvents({})).isEmpty()); // Enter alone is no scan
}

namespace {

// A FIFO standing in for /dev/input/eventN: the test writes input_event records into it.
class FakeEventDevice
{
public:
    FakeEventDevice() { REQUIRE(::mkfifo(QFile::encodeName(path()).constData(), 0600) == 0); }
    ~FakeEventDevice() { unplug(); }
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("event-kbd")); }
    void plug()
    {
        m_fd = ::open(QFile::encodeName(path()).constData(), O_RDWR | O_CLOEXEC); // RDWR: never blocks on a FIFO
        REQUIRE(m_fd >= 0);
    }
    void unplug()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    void send(const QList<input_event> &events)
    {
        const auto size = ssize_t(events.size() * sizeof(input_event));
        REQUIRE(::write(m_fd, events.constData(), size_t(size)) == size);
    }

private:
    QTemporaryDir m_dir;
    int m_fd = -1;
};

} // namespace

TEST_CASE("An evdev scanner reads key events and reopens its device", "[scanner][evdev]")
{
    FakeEventDevice device;
    device.plug();
    EvdevScanner scanner(device.path(), KeyLayout::Jp, false);
    scanner.setRetryInterval(5ms);
    QSignalSpy scans(&scanner, &CodeScanner::scanned);
    QSignalSpy problems(&scanner, &CodeScanner::problem);
    scanner.start();
    REQUIRE(scanner.isConnected());

    device.send(keyEvents(kJpStrokes));
    REQUIRE(waitForCount(scans, 1));
    CHECK(scans.at(0).at(0).toByteArray() == "https://a_B");

    device.unplug();
    REQUIRE(QTest::qWaitFor([&] { return !problems.isEmpty(); }, kWaitMs));
    CHECK(problems.at(0).at(0).toString().contains(device.path()));

    device.plug();
    device.send(keyEvents({{KEY_4}, {KEY_9}}));
    REQUIRE(waitForCount(scans, 2));
    CHECK(scans.at(1).at(0).toByteArray() == "49");
    CHECK(scanner.isConnected());
}

TEST_CASE("An evdev scanner refuses a file that is not an input device when it must grab", "[scanner][evdev]")
{
    FakeEventDevice device;
    device.plug();
    EvdevScanner scanner(device.path(), KeyLayout::Us, true);
    QSignalSpy problems(&scanner, &CodeScanner::problem);
    scanner.start();
    CHECK_FALSE(scanner.isConnected());
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).at(0).toString().contains(QStringLiteral("not a keyboard-wedge scanner")));
    scanner.stop();
}

namespace {

// A window that records the key presses it is given, as text.
class RecordingWindow : public QWindow
{
public:
    QString typed;

protected:
    void keyPressEvent(QKeyEvent *event) override { typed += event->key() == Qt::Key_Return ? QStringLiteral("⏎") : event->text(); }
};

// Sends a press and a release, stamped `at` milliseconds, to the window.
void stroke(QWindow &window, const QString &text, ulong at)
{
    const int key = text == u"\r" ? int(Qt::Key_Return) : int(QKeySequence(text.toUpper())[0].key());
    const Qt::KeyboardModifiers modifiers = text.front().isUpper() ? Qt::ShiftModifier : Qt::NoModifier;
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    press.setTimestamp(at);
    QCoreApplication::sendEvent(&window, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    release.setTimestamp(at + 2);
    QCoreApplication::sendEvent(&window, &release);
}

void type(QWindow &window, const QString &text, ulong start, ulong gap)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        stroke(window, text.mid(i, 1), start + ulong(i) * gap);
}

} // namespace

TEST_CASE("The keyboard-wedge filter tells a scanner from a person by rhythm", "[scanner][wedge]")
{
    RecordingWindow window;
    KeyboardWedgeFilter filter(40ms, 4);
    QSignalSpy scans(&filter, &CodeScanner::scanned);
    filter.start();
    REQUIRE(filter.isConnected());

    SECTION("a fast burst ending in Enter is a scan and never reaches the window")
    {
        type(window, QStringLiteral("7K3M-Q2P7\r"), 1000, 8);
        REQUIRE(scans.size() == 1);
        CHECK(scans.at(0).at(0).toByteArray() == "7K3M-Q2P7");
        CHECK(window.typed.isEmpty());
    }
    SECTION("a person typing slowly reaches the window unchanged and in order")
    {
        type(window, QStringLiteral("Tanaka\r"), 1000, 180);
        CHECK(scans.isEmpty());
        CHECK(window.typed == QStringLiteral("Tanaka⏎"));
    }
    SECTION("a fast burst too short to be a code is handed back at Enter")
    {
        type(window, QStringLiteral("ok\r"), 1000, 10);
        CHECK(scans.isEmpty());
        CHECK(window.typed == QStringLiteral("ok⏎"));
    }
    SECTION("a fast burst without Enter is handed back when the rhythm stops")
    {
        type(window, QStringLiteral("abcdef"), 1000, 5);
        CHECK(window.typed.isEmpty());
        REQUIRE(QTest::qWaitFor([&] { return window.typed == QStringLiteral("abcdef"); }, kWaitMs));
        CHECK(scans.isEmpty());
    }
    SECTION("a person's key followed by a scan: the key is handed back, the scan is caught")
    {
        stroke(window, QStringLiteral("x"), 500);
        type(window, QStringLiteral("4901234567894\r"), 1000, 6);
        CHECK(window.typed == QStringLiteral("x"));
        REQUIRE(scans.size() == 1);
        CHECK(scans.at(0).at(0).toByteArray() == "4901234567894");
    }
    filter.stop();
    type(window, QStringLiteral("7K3M-Q2P7\r"), 5000, 8);
    CHECK(window.typed.endsWith(QStringLiteral("7K3M-Q2P7⏎")));
}

TEST_CASE("Scanner URIs name the kind of scanner and its options", "[scanner]")
{
    const auto serial = makeScanner(QStringLiteral("serial:///dev/ttyACM0?baud=115200"));
    REQUIRE(serial.ok());
    CHECK(serial.value()->description().contains(QStringLiteral("/dev/ttyACM0")));
    const auto evdev = makeScanner(QStringLiteral("evdev:///dev/input/by-id/usb-X-event-kbd?layout=jp&grab=0"));
    REQUIRE(evdev.ok());
    CHECK(evdev.value()->description().contains(QStringLiteral("usb-X-event-kbd")));
    CHECK(makeScanner(QStringLiteral("wedge://?gap=30&min=6")).ok());
    CHECK(makeScanner(QStringLiteral("sim://")).ok());

    for (const QString &bad : {QStringLiteral("serial:///dev/ttyACM0?baud=12"), QStringLiteral("evdev:///dev/input/event3?layout=de"),
                               QStringLiteral("evdev:///dev/input/event3?grab=2"), QStringLiteral("wedge://?gap=0"),
                               QStringLiteral("hid:///dev/hidraw0"), QStringLiteral("no scanner")}) {
        INFO(bad.toStdString());
        const auto result = makeScanner(bad);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ScannerErrorCode::BadAddress);
        CHECK(result.error().message.contains(bad));
    }
}

TEST_CASE("The simulated scanner delivers its payloads once started", "[scanner]")
{
    auto scanner = makeScanner(QStringLiteral("sim://?code=7K3M-Q2P7&code=%E7%95%AA%E5%8F%B7"));
    REQUIRE(scanner.ok());
    QSignalSpy scans(scanner.value().get(), &CodeScanner::scanned);
    scanner.value()->start();
    REQUIRE(waitForCount(scans, 2));
    CHECK(spiedScans(scans) == QList<QByteArray>{"7K3M-Q2P7", "番号"});
}
