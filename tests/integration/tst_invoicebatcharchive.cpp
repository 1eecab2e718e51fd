// ArchiveReader (libarchive) on zips made here: entries streamed in blocks equal what was packed,
// folders skipped, names that leave the folder (absolute, "..", drive letters, backslashes),
// links, oversized entries, too many entries or bytes, truncated and non-zip files all refused.
#include "core/downloads/archivereader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Qt::StringLiterals;
using bc::downloads::ArchiveEntry;
using bc::downloads::ArchiveLimits;
using bc::downloads::ArchiveReader;

namespace {

struct Packed
{
    QString name;
    QByteArray data;
    int type = AE_IFREG; // AE_IFREG, AE_IFDIR or AE_IFLNK (data is then the target)
};

bool writeZip(const QString &path, const QList<Packed> &entries)
{
    archive *writer = archive_write_new();
    archive_write_set_format_zip(writer);
    const QByteArray local = path.toLocal8Bit();
    if (archive_write_open_filename(writer, local.constData()) != ARCHIVE_OK) {
        archive_write_free(writer);
        return false;
    }
    bool ok = true;
    for (const Packed &entry : entries) {
        archive_entry *header = archive_entry_new();
        const QByteArray name = entry.name.toUtf8();
        archive_entry_set_pathname(header, name.constData());
        archive_entry_set_filetype(header, unsigned(entry.type));
        archive_entry_set_perm(header, entry.type == AE_IFDIR ? 0755 : 0644);
        archive_entry_set_mtime(header, 1700000000, 0);
        if (entry.type == AE_IFLNK)
            archive_entry_set_symlink(header, entry.data.constData());
        archive_entry_set_size(header, entry.type == AE_IFREG ? entry.data.size() : 0);
        ok = ok && archive_write_header(writer, header) == ARCHIVE_OK;
        if (entry.type == AE_IFREG && !entry.data.isEmpty())
            ok = ok
                 && archive_write_data(writer, entry.data.constData(), size_t(entry.data.size()))
                            == entry.data.size();
        archive_entry_free(header);
    }
    ok = archive_write_close(writer) == ARCHIVE_OK && ok;
    archive_write_free(writer);
    return ok;
}

QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

} // namespace

class TestInvoiceBatchArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void safePaths_data();
    void safePaths();
    void readsEveryFileInBlocks();
    void refusesHostileEntries_data();
    void refusesHostileEntries();
    void enforcesLimits_data();
    void enforcesLimits();
    void truncatedZipIsAnError();
    void notAZipIsAnError();

private:
    [[nodiscard]] QString zipPath() const { return m_dir->filePath(u"test.zip"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestInvoiceBatchArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestInvoiceBatchArchive::safePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("safe");
    QTest::newRow("file") << u"TT0001.pdf"_s << true;
    QTest::newRow("in a folder") << u"2025-10/TT0001.pdf"_s << true;
    QTest::newRow("dot folder") << u"./TT0001.pdf"_s << true;
    QTest::newRow("three dots") << u"...pdf"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("parent") << u"../evil.pdf"_s << false;
    QTest::newRow("parent inside") << u"a/../../evil.pdf"_s << false;
    QTest::newRow("parent at the end") << u"a/.."_s << false;
    QTest::newRow("backslash parent") << u"a\\..\\..\\evil.pdf"_s << false;
    QTest::newRow("absolute") << u"/etc/passwd"_s << false;
    QTest::newRow("backslash absolute") << u"\\evil.pdf"_s << false;
    QTest::newRow("drive letter") << u"C:evil.pdf"_s << false;
    QTest::newRow("drive path") << u"c:/evil.pdf"_s << false;
    QTest::newRow("nul") << u"a\u0000.pdf"_s << false;
}

void TestInvoiceBatchArchive::safePaths()
{
    QFETCH(QString, path);
    QFETCH(bool, safe);
    QCOMPARE(ArchiveReader::isSafePath(path), safe);
}

void TestInvoiceBatchArchive::readsEveryFileInBlocks()
{
    // Larger than one 64 KiB block, empty, and in a folder whose own entry is skipped.
    const QList<Packed> packed{
            {u"big.pdf"_s, noise(300 * 1024 + 17, 1)},
            {u"empty.pdf"_s, {}},
            {u"sub/"_s, {}, AE_IFDIR},
            {u"sub/./small.pdf"_s, "%PDF-1.4 small"},
    };
    QVERIFY(writeZip(zipPath(), packed));
    ArchiveReader reader;
    QVERIFY2(reader.open(zipPath()), qPrintable(reader.errorString()));
    QStringList names;
    QList<QByteArray> contents;
    ArchiveEntry entry;
    while (reader.next(&entry)) {
        names.append(entry.path);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY2(reader.copyData(&buffer), qPrintable(reader.errorString()));
        if (entry.size >= 0)
            QCOMPARE(entry.size, bytes.size());
        contents.append(bytes);
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(reader.atEnd());
    QCOMPARE(names, (QStringList{u"big.pdf"_s, u"empty.pdf"_s, u"sub/small.pdf"_s}));
    QCOMPARE(contents.at(0), packed.at(0).data);
    QCOMPARE(contents.at(1), QByteArray());
    QCOMPARE(contents.at(2), packed.at(3).data);
}

void TestInvoiceBatchArchive::refusesHostileEntries_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("why");
    QTest::newRow("parent") << u"../evil.pdf"_s << int(AE_IFREG) << u"outside"_s;
    QTest::newRow("deep parent") << u"a/b/../../../evil.pdf"_s << int(AE_IFREG) << u"outside"_s;
    QTest::newRow("absolute") << u"/tmp/evil.pdf"_s << int(AE_IFREG) << u"outside"_s;
    QTest::newRow("symlink") << u"link.pdf"_s << int(AE_IFLNK) << u"link"_s;
}

void TestInvoiceBatchArchive::refusesHostileEntries()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(QString, why);
    QVERIFY(writeZip(
            zipPath(),
            {{u"good.pdf"_s, "%PDF-1.4 good"},
             {name, type == AE_IFLNK ? QByteArray("/etc/passwd") : QByteArray("%PDF-1.4 evil"),
              type}}));
    ArchiveReader reader;
    QVERIFY(reader.open(zipPath()));
    ArchiveEntry entry;
    QVERIFY(reader.next(&entry));
    QCOMPARE(entry.path, u"good.pdf"_s);
    QVERIFY(reader.skipData());
    QVERIFY(!reader.next(&entry));
    QVERIFY(reader.hasError());
    QVERIFY(!reader.atEnd());
    QVERIFY2(reader.errorString().contains(why), qPrintable(reader.errorString()));
    // Refused for good: nothing more comes out.
    QVERIFY(!reader.next(&entry));
}

void TestInvoiceBatchArchive::enforcesLimits_data()
{
    QTest::addColumn<qint64>("maxEntryBytes");
    QTest::addColumn<qint64>("maxTotalBytes");
    QTest::addColumn<int>("maxEntries");
    QTest::addColumn<int>("readable"); // entries read whole before the refusal
    QTest::newRow("entry too large") << qint64(1000) << qint64(1 << 20) << 100 << 1;
    QTest::newRow("too many bytes") << qint64(1 << 20) << qint64(5000) << 100 << 1;
    QTest::newRow("too many entries") << qint64(1 << 20) << qint64(1 << 20) << 2 << 2;
    QTest::newRow("within") << qint64(1 << 20) << qint64(1 << 20) << 3 << 3;
}

void TestInvoiceBatchArchive::enforcesLimits()
{
    QFETCH(qint64, maxEntryBytes);
    QFETCH(qint64, maxTotalBytes);
    QFETCH(int, maxEntries);
    QFETCH(int, readable);
    QVERIFY(writeZip(zipPath(), {{u"a.pdf"_s, noise(500, 2)},
                                 {u"b.pdf"_s, noise(5000, 3)},
                                 {u"c.pdf"_s, noise(500, 4)}}));
    ArchiveLimits limits;
    limits.maxEntryBytes = maxEntryBytes;
    limits.maxTotalBytes = maxTotalBytes;
    limits.maxEntries = maxEntries;
    ArchiveReader reader(limits);
    QVERIFY(reader.open(zipPath()));
    int read = 0;
    ArchiveEntry entry;
    while (reader.next(&entry)) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        if (!reader.copyData(&buffer))
            break;
        ++read;
    }
    QCOMPARE(read, readable);
    QCOMPARE(reader.hasError(), readable < 3);
    QCOMPARE(reader.atEnd(), readable == 3);
}

void TestInvoiceBatchArchive::truncatedZipIsAnError()
{
    QVERIFY(writeZip(zipPath(), {{u"a.pdf"_s, noise(40000, 5)}, {u"b.pdf"_s, noise(40000, 6)}}));
    QFile file(zipPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    ArchiveReader reader;
    bool whole = reader.open(zipPath());
    ArchiveEntry entry;
    while (whole && reader.next(&entry)) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        whole = reader.copyData(&buffer);
    }
    QVERIFY(reader.hasError());
    QVERIFY(!reader.atEnd());
}

void TestInvoiceBatchArchive::notAZipIsAnError()
{
    QFile file(zipPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 this is not a zip at all\n");
    file.close();
    ArchiveReader reader;
    ArchiveEntry entry;
    QVERIFY(!reader.open(zipPath()) || !reader.next(&entry));
    QVERIFY(reader.hasError());
    QVERIFY(!reader.open(m_dir->filePath(u"missing.zip"_s)));
    QVERIFY(reader.hasError());
}

QTEST_GUILESS_MAIN(TestInvoiceBatchArchive)
#include "tst_invoicebatcharchive.moc"
