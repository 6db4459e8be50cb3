// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/phrases.h"

#include "parse/matcher.h"
#include "parse/paths.h"

#include <vector>

namespace wd::parse {
namespace {

using L = Locator;
using E = ErrorClass;
using O = Operation;

constexpr int kPyCode = 80, kOsError = 75;

// Localized strings are the glibc, Windows (FormatMessage) and .NET translations of the same
// messages. Russian phrases drop their first letter: ASCII lowering does not fold "О"/"о".
const Phrase kPhrases[] = {
    // EACCES
    {"permission deni", L::Message, E::EACCES_, 20, O::Unknown, 0},  // also "Permission denie    d" (wrapped)
    {"keine berechtigung", L::Message, E::EACCES_, 20, O::Unknown, 0},
    {"permission non accord\xc3\xa9" "e", L::Message, E::EACCES_, 20, O::Unknown, 0},
    {"permiso denegado", L::Message, E::EACCES_, 20, O::Unknown, 0},
    {"permiss\xc3\xa3o negada", L::Message, E::EACCES_, 20, O::Unknown, 0},
    {"permesso negato", L::Message, E::EACCES_, 20, O::Unknown, 0},
    {"\xe6\x9d\x83\xe9\x99\x90\xe4\xb8\x8d\xe5\xa4\x9f", L::Message, E::EACCES_, 20, O::Unknown, 0},  // 权限不够
    {"\xe8\xa8\xb1\xe5\x8f\xaf\xe3\x81\x8c\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93", L::Message,
     E::EACCES_, 20, O::Unknown, 0},  // 許可がありません
    {"\xea\xb6\x8c\xed\x95\x9c \xea\xb1\xb0\xeb\xb6\x80", L::Message, E::EACCES_, 20, O::Unknown, 0},  // 권한 거부
    {"\xd1\x82\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb2 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb5",
     L::Message, E::EACCES_, 20, O::Unknown, kPlatformAccess},  // (О)тказано в доступе
    {"kind: permissiondenied", L::Message, E::EACCES_, 20, O::Unknown, 0},  // Rust io::Error Debug
    {"insufficient permission for adding an object to repository database", L::PathAfter, E::EACCES_, 20, O::Write, 0},
    // sshd's StrictModes and git's safe.directory: refusals by the program itself, about ownership.
    {"bad ownership or modes for directory", L::PathAfter, E::Other, 20, O::Read, 0},
    {"bad ownership or modes for file", L::PathAfter, E::Other, 20, O::Read, 0},
    {"bad owner or permissions on", L::PathAfter, E::Other, 20, O::Read, 0},  // ssh refusing its config
    {"detected dubious ownership in repository at", L::PathAfter, E::Other, 20, O::Unknown, 0},
    {"you don't have permission", L::Message, E::EACCES_, 20, O::Unknown, kPlatformAccess},
    {"you don\xe2\x80\x99t have permission", L::Message, E::EACCES_, 20, O::Unknown, kPlatformAccess},
    {"you do not have permission", L::Message, E::EACCES_, 20, O::Unknown, kPlatformAccess},
    {"accessdeniedexception:", L::JavaException, E::EACCES_, 20, O::Unknown, kPlatformAccess},
    {"eacces", L::NodeCode, E::EACCES_, 20, O::Unknown, kWordBounded},
    {"[errno 13]", L::PyCode, E::EACCES_, kPyCode, O::Unknown, 0},
    {"(os error 13)", L::Message, E::EACCES_, kOsError, O::Unknown, 0},
    // EPERM
    {"operation not permitted", L::Message, E::EPERM_, 30, O::Unknown, 0},
    {"vorgang nicht zul\xc3\xa4ssig", L::Message, E::EPERM_, 30, O::Unknown, 0},
    {"die operation ist nicht erlaubt", L::Message, E::EPERM_, 30, O::Unknown, 0},
    {"op\xc3\xa9ration non permise", L::Message, E::EPERM_, 30, O::Unknown, 0},
    {"operaci\xc3\xb3n no permitida", L::Message, E::EPERM_, 30, O::Unknown, 0},
    {"opera\xc3\xa7\xc3\xa3o n\xc3\xa3o permitida", L::Message, E::EPERM_, 30, O::Unknown, 0},
    {"operazione non permessa", L::Message, E::EPERM_, 30, O::Unknown, 0},
    {"operazione non consentita", L::Message, E::EPERM_, 30, O::Unknown, 0},
    {"\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb0\xd1\x86\xd0\xb8\xd1\x8f \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb7\xd0\xb2\xd0\xbe\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb0",
     L::Message, E::EPERM_, 30, O::Unknown, 0},  // (О)перация не позволена
    {"\xe4\xb8\x8d\xe5\x85\x81\xe8\xae\xb8\xe7\x9a\x84\xe6\x93\x8d\xe4\xbd\x9c", L::Message, E::EPERM_, 30, O::Unknown, 0},  // 不允许的操作
    {"\xe4\xb8\x8d\xe5\x85\x81\xe8\xa8\xb1\xe7\x9a\x84\xe6\x93\x8d\xe4\xbd\x9c", L::Message, E::EPERM_, 30, O::Unknown, 0},  // 不允許的操作
    {"\xe8\xa8\xb1\xe5\x8f\xaf\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xaa\xe3\x81\x84\xe6\x93\x8d\xe4\xbd\x9c",
     L::Message, E::EPERM_, 30, O::Unknown, 0},  // 許可されていない操作
    {"eperm", L::NodeCode, E::EPERM_, 30, O::Unknown, kWordBounded},
    {"[errno 1]", L::PyCode, E::EPERM_, kPyCode, O::Unknown, 0},
    {"(os error 1)", L::Message, E::EPERM_, kOsError, O::Unknown, 0},
    // EROFS
    {"read-only file system", L::Message, E::EROFS_, 40, O::Unknown, 0},
    {"read only file system", L::Message, E::EROFS_, 40, O::Unknown, 0},
    {"dateisystem ist nur lesbar", L::Message, E::EROFS_, 40, O::Unknown, 0},
    {"syst\xc3\xa8me de fichiers accessible en lecture seulement", L::Message, E::EROFS_, 40, O::Unknown, 0},
    {"de s\xc3\xb3lo lectura", L::Message, E::EROFS_, 40, O::Unknown, 0},
    {"de solo lectura", L::Message, E::EROFS_, 40, O::Unknown, 0},
    {"somente leitura", L::Message, E::EROFS_, 40, O::Unknown, 0},
    {"s\xc3\xb3 de leitura", L::Message, E::EROFS_, 40, O::Unknown, 0},
    {"file system in sola lettura", L::Message, E::EROFS_, 40, O::Unknown, 0},
    {"\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb0 \xd1\x82\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xba\xd0\xbe "
     "\xd0\xb4\xd0\xbb\xd1\x8f \xd1\x87\xd1\x82\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f",
     L::Message, E::EROFS_, 40, O::Unknown, 0},  // доступна только для чтения
    {"\xe5\x8f\xaa\xe8\xaf\xbb\xe6\x96\x87\xe4\xbb\xb6\xe7\xb3\xbb\xe7\xbb\x9f", L::Message, E::EROFS_, 40, O::Unknown, 0},  // 只读文件系统
    {"\xe5\x94\xaf\xe8\xae\x80\xe6\xaa\x94\xe6\xa1\x88\xe7\xb3\xbb\xe7\xb5\xb1", L::Message, E::EROFS_, 40, O::Unknown, 0},  // 唯讀檔案系統
    {"\xe8\xaa\xad\xe3\x81\xbf\xe8\xbe\xbc\xe3\x81\xbf\xe5\xb0\x82\xe7\x94\xa8\xe3\x83\x95\xe3\x82\xa1\xe3\x82\xa4\xe3\x83\xab"
     "\xe3\x82\xb7\xe3\x82\xb9\xe3\x83\x86\xe3\x83\xa0",
     L::Message, E::EROFS_, 40, O::Unknown, 0},  // 読み込み専用ファイルシステム
    {"erofs", L::NodeCode, E::EROFS_, 40, O::Unknown, kWordBounded},
    {"[errno 30]", L::PyCode, E::EROFS_, kPyCode, O::Unknown, 0},
    {"(os error 30)", L::Message, E::EROFS_, kOsError, O::Unknown, 0},
    // ETXTBSY
    {"text file busy", L::Message, E::ETXTBSY_, 40, O::Unknown, 0},
    {"fichier texte occup\xc3\xa9", L::Message, E::ETXTBSY_, 40, O::Unknown, 0},
    {"archivo de texto ocupado", L::Message, E::ETXTBSY_, 40, O::Unknown, 0},
    {"fichero de texto ocupado", L::Message, E::ETXTBSY_, 40, O::Unknown, 0},
    {"arquivo de texto ocupado", L::Message, E::ETXTBSY_, 40, O::Unknown, 0},
    {"file di testo occupato", L::Message, E::ETXTBSY_, 40, O::Unknown, 0},
    {"\xd0\xb5\xd0\xba\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2\xd1\x8b\xd0\xb9 \xd1\x84\xd0\xb0\xd0\xb9\xd0\xbb \xd0\xb7\xd0\xb0\xd0\xbd\xd1\x8f\xd1\x82",
     L::Message, E::ETXTBSY_, 40, O::Unknown, 0},  // (Т)екстовый файл занят
    {"\xe6\x96\x87\xe6\x9c\xac\xe6\x96\x87\xe4\xbb\xb6\xe5\xbf\x99", L::Message, E::ETXTBSY_, 40, O::Unknown, 0},  // 文本文件忙
    {"\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88\xe3\x83\x95\xe3\x82\xa1\xe3\x82\xa4\xe3\x83\xab\xe3\x81\x8c\xe4\xbd\xbf"
     "\xe7\x94\xa8\xe4\xb8\xad",
     L::Message, E::ETXTBSY_, 40, O::Unknown, 0},  // テキストファイルが使用中
    {"etxtbsy", L::NodeCode, E::ETXTBSY_, 40, O::Unknown, kWordBounded},
    {"[errno 26]", L::PyCode, E::ETXTBSY_, kPyCode, O::Unknown, 0},
    {"(os error 26)", L::Message, E::ETXTBSY_, kOsError, O::Unknown, 0},
    // EBUSY
    {"device or resource busy", L::Message, E::EBUSY_, 40, O::Unknown, 0},
    {"resource busy or locked", L::Message, E::EBUSY_, 40, O::Unknown, 0},
    {"ressource belegt", L::Message, E::EBUSY_, 40, O::Unknown, 0},
    {"ressource ist belegt", L::Message, E::EBUSY_, 40, O::Unknown, 0},
    {"p\xc3\xa9riph\xc3\xa9rique ou ressource occup\xc3\xa9", L::Message, E::EBUSY_, 40, O::Unknown, 0},
    {"dispositivo o recurso ocupado", L::Message, E::EBUSY_, 40, O::Unknown, 0},
    {"dispositivo ou recurso est\xc3\xa1 ocupado", L::Message, E::EBUSY_, 40, O::Unknown, 0},
    {"dispositivo o risorsa occupata", L::Message, E::EBUSY_, 40, O::Unknown, 0},
    {"\xd0\xb8\xd0\xbb\xd0\xb8 \xd1\x80\xd0\xb5\xd1\x81\xd1\x83\xd1\x80\xd1\x81 \xd0\xb7\xd0\xb0\xd0\xbd\xd1\x8f\xd1\x82",
     L::Message, E::EBUSY_, 40, O::Unknown, 0},  // (Устройство) или ресурс занят(о)
    {"\xe8\xae\xbe\xe5\xa4\x87\xe6\x88\x96\xe8\xb5\x84\xe6\xba\x90\xe5\xbf\x99", L::Message, E::EBUSY_, 40, O::Unknown, 0},  // 设备或资源忙
    {"\xe3\x83\xaa\xe3\x82\xbd\xe3\x83\xbc\xe3\x82\xb9\xe3\x81\x8c\xe3\x83\x93\xe3\x82\xb8\xe3\x83\xbc", L::Message,
     E::EBUSY_, 40, O::Unknown, 0},  // リソースがビジー
    {"ebusy", L::NodeCode, E::EBUSY_, 40, O::Unknown, kWordBounded},
    {"[errno 16]", L::PyCode, E::EBUSY_, kPyCode, O::Unknown, 0},
    {"(os error 16)", L::Message, E::EBUSY_, kOsError, O::Unknown, 0},
    {"could not get lock", L::PathAfter, E::EBUSY_, 40, O::Write, 0},  // apt/dpkg: another apt holds it
    {"is another process using it", L::Message, E::EBUSY_, 40, O::Write, 0},
    // Windows: access denied
    {"access is denied", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},
    {"access denied", L::Message, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},
    {"zugriff verweigert", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},
    {"acc\xc3\xa8s refus\xc3\xa9", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},
    {"acceso denegado", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},
    {"acesso negado", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},
    {"accesso negato", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},
    {"toegang geweigerd", L::Message, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},
    {"odmowa dost\xc4\x99pu", L::Message, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},
    {"\xe6\x8b\x92\xe7\xbb\x9d\xe8\xae\xbf\xe9\x97\xae", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},  // 拒绝访问
    {"\xe6\x8b\x92\xe7\xb5\x95\xe5\xad\x98\xe5\x8f\x96", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},  // 拒絕存取
    {"\xe8\xae\xbf\xe9\x97\xae\xe8\xa2\xab\xe6\x8b\x92\xe7\xbb\x9d", L::Message, E::WinAccessDenied, 50, O::Unknown,
     kPlatformAccess},  // 访问被拒绝
    {"\xe3\x82\xa2\xe3\x82\xaf\xe3\x82\xbb\xe3\x82\xb9\xe3\x81\x8c\xe6\x8b\x92\xe5\x90\xa6\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe"
     "\xe3\x81\x97\xe3\x81\x9f",
     L::Message, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},  // アクセスが拒否されました
    {"\xec\x95\xa1\xec\x84\xb8\xec\x8a\xa4\xea\xb0\x80 \xea\xb1\xb0\xeb\xb6\x80", L::Message, E::WinAccessDenied, 50,
     O::Unknown, 0},  // 액세스가 거부
    {"[winerror 5]", L::PyCode, E::WinAccessDenied, kPyCode, O::Unknown, 0},
    {"[error 5]", L::PyCode, E::WinAccessDenied, kPyCode, O::Unknown, 0},
    {"(os error 5)", L::Message, E::WinAccessDenied, kOsError, O::Unknown, 0},
    {"unauthorizedaccessexception", L::Message, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},
    {"access to the path", L::PathAfter, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},
    {"zugriff auf den pfad", L::PathAfter, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},
    {"acc\xc3\xa8s au chemin d'acc\xc3\xa8s", L::PathAfter, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},
    {"a la ruta de acceso", L::PathAfter, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},
    {"acesso ao caminho", L::PathAfter, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},
    {"accesso al percorso", L::PathAfter, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},
    {"\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb5 \xd0\xbf\xd0\xbe \xd0\xbf\xd1\x83\xd1\x82\xd0\xb8", L::PathAfter,
     E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},  // доступе по пути
    {"\xe5\xaf\xb9\xe8\xb7\xaf\xe5\xbe\x84", L::PathAfter, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},  // 对路径
    {"\xe5\xad\x98\xe5\x8f\x96\xe8\xb7\xaf\xe5\xbe\x91", L::PathAfter, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},  // 存取路徑
    {"you need permission to perform this action", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},
    {"destination folder access denied", L::Message, E::WinAccessDenied, 55, O::Write, 0},
    // Windows: sharing violation (another process has the file open without sharing)
    {"being used by another process", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},
    {"cannot access the file", L::PathAfter, E::WinSharingViolation, 60, O::Unknown, 0},
    {"von einem anderen prozess verwendet", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},
    {"kann nicht auf die datei", L::PathAfter, E::WinSharingViolation, 60, O::Unknown, 0},
    {"utilis\xc3\xa9 par un autre processus", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},
    {"ne peut pas acc\xc3\xa9" "der au fichier", L::PathAfter, E::WinSharingViolation, 60, O::Unknown, 0},
    {"utilizado por otro proceso", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},
    {"utilizado en otro proceso", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},
    {"acceso al archivo", L::PathAfter, E::WinSharingViolation, 60, O::Unknown, 0},
    {"sendo usado por outro processo", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},
    {"acessar o arquivo", L::PathAfter, E::WinSharingViolation, 60, O::Unknown, 0},
    {"utilizzato da un altro processo", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},
    {"\xd0\xb7\xd0\xb0\xd0\xbd\xd1\x8f\xd1\x82 \xd0\xb4\xd1\x80\xd1\x83\xd0\xb3\xd0\xb8\xd0\xbc \xd0\xbf\xd1\x80\xd0\xbe\xd1\x86"
     "\xd0\xb5\xd1\x81\xd1\x81\xd0\xbe\xd0\xbc",
     L::Message, E::WinSharingViolation, 60, O::Unknown, 0},  // занят другим процессом
    {"\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf \xd0\xba \xd1\x84\xd0\xb0\xd0\xb9\xd0\xbb\xd1\x83", L::PathAfter,
     E::WinSharingViolation, 60, O::Unknown, 0},  // доступ к файлу
    {"\xe5\x8f\xa6\xe4\xb8\x80\xe4\xb8\xaa\xe7\xa8\x8b\xe5\xba\x8f\xe6\xad\xa3\xe5\x9c\xa8\xe4\xbd\xbf\xe7\x94\xa8\xe6\xad\xa4"
     "\xe6\x96\x87\xe4\xbb\xb6",
     L::Message, E::WinSharingViolation, 60, O::Unknown, 0},  // 另一个程序正在使用此文件
    {"\xe5\x8f\xa6\xe4\xb8\x80\xe5\x80\x8b\xe7\xa8\x8b\xe5\xbc\x8f\xe6\xad\xa3\xe5\x9c\xa8\xe4\xbd\xbf\xe7\x94\xa8\xe6\xad\xa4"
     "\xe6\xaa\x94\xe6\xa1\x88",
     L::Message, E::WinSharingViolation, 60, O::Unknown, 0},  // 另一個程式正在使用此檔案
    {"\xe5\x88\xa5\xe3\x81\xae\xe3\x83\x97\xe3\x83\xad\xe3\x82\xbb\xe3\x82\xb9\xe3\x81\x8c\xe4\xbd\xbf\xe7\x94\xa8\xe4\xb8\xad",
     L::Message, E::WinSharingViolation, 60, O::Unknown, 0},  // 別のプロセスが使用中
    {"\xeb\x8b\xa4\xeb\xa5\xb8 \xed\x94\x84\xeb\xa1\x9c\xec\x84\xb8\xec\x8a\xa4\xea\xb0\x80", L::Message,
     E::WinSharingViolation, 60, O::Unknown, 0},  // 다른 프로세스가
    {"[winerror 32]", L::PyCode, E::WinSharingViolation, kPyCode, O::Unknown, 0},
    {"[error 32]", L::PyCode, E::WinSharingViolation, kPyCode, O::Unknown, 0},
    {"(os error 32)", L::Message, E::WinSharingViolation, kOsError, O::Unknown, 0},
    {"unlink of file", L::PathAfter, E::WinSharingViolation, 60, O::Delete, 0},  // git for Windows' retry prompt
    {"is locked for editing", L::Message, E::WinSharingViolation, 60, O::Write, 0},  // Excel, Word
    {"because the file is open in", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},  // Explorer
    // Windows: lock violation
    {"locked a portion of the file", L::Message, E::WinLockViolation, 61, O::Unknown, 0},
    {"einen teil der datei gesperrt", L::Message, E::WinLockViolation, 61, O::Unknown, 0},
    {"verrouill\xc3\xa9 une partie du fichier", L::Message, E::WinLockViolation, 61, O::Unknown, 0},
    {"bloqueado una parte del archivo", L::Message, E::WinLockViolation, 61, O::Unknown, 0},
    {"bloqueou uma parte do arquivo", L::Message, E::WinLockViolation, 61, O::Unknown, 0},
    {"bloccato una parte del file", L::Message, E::WinLockViolation, 61, O::Unknown, 0},
    {"[winerror 33]", L::PyCode, E::WinLockViolation, kPyCode, O::Unknown, 0},
    {"[error 33]", L::PyCode, E::WinLockViolation, kPyCode, O::Unknown, 0},
    {"(os error 33)", L::Message, E::WinLockViolation, kOsError, O::Unknown, 0},
    // ssh refusing a private key others may read
    {"are too open", L::Message, E::SshKeyTooOpen, 90, O::Read, 0},
    {"unprotected private key file", L::NoPath, E::SshKeyTooOpen, 90, O::Read, kBanner},
    {"bad permissions", L::Message, E::SshKeyTooOpen, 90, O::Read, 0},
    // the Docker socket
    {"while trying to connect to the docker daemon socket", L::DockerSocket, E::DockerSocket, 90, O::Connect, 0},
    // Refusals that are not about a local file: remote authentication, policy
    {"permission denied (publickey", L::NoPath, E::Other, 100, O::Connect, 0},
    {"permission denied (password", L::NoPath, E::Other, 100, O::Connect, 0},
    {"permission denied (gssapi", L::NoPath, E::Other, 100, O::Connect, 0},
    {"permission denied (keyboard", L::NoPath, E::Other, 100, O::Connect, 0},
    {"permission denied, please try again", L::NoPath, E::Other, 100, O::Connect, 0},
    {"access denied for user", L::NoPath, E::Other, 100, O::Connect, 0},
    {"access is not allowed", L::NoPath, E::Other, 100, O::Read, 0},
    // An application's own check
    {"is not writable", L::Message, E::Other, 10, O::Write, 0},
    {"is not readable", L::Message, E::Other, 10, O::Read, 0},
    {"is not executable", L::Message, E::Other, 10, O::Execute, 0},
};

// Windows system messages 5, 32 and 33 (FormatMessage) in the languages of the glibc table below,
// where kPhrases does not have them yet. Written by hand from the Windows language packs as we know
// them (no catalogue to read them from on Linux): a distinctive part of each sentence, not all of it.
const Phrase kWindowsMessages[] = {
    // 5: Access is denied.
    {"\xe5\xad\x98\xe5\x8f\x96\xe8\xa2\xab\xe6\x8b\x92", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},  // 存取被拒 (zh_TW)
    {"tkomst nekad", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},  // (Å)tkomst nekad (sv)
    {"p\xc5\x99\xc3\xadstup byl odep\xc5\x99" "en", L::Message, E::WinAccessDenied, 50, O::Unknown, 0},  // Přístup byl odepřen (cs)
    {"eri\xc5\x9fim engellendi", L::Message, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},  // Erişim engellendi (tr; glibc's EACCES too)
    {"\xd0\xb4\xd0\xbc\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xb2 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd1\x96",
     L::Message, E::WinAccessDenied, 50, O::Unknown, kPlatformAccess},  // (В)ідмовлено в доступі (uk)
    // 32: the file is being used by another process.
    {"\xe7\x94\xb1\xe5\x8f\xa6\xe4\xb8\x80\xe5\x80\x8b\xe7\xa8\x8b\xe5\xba\x8f\xe4\xbd\xbf\xe7\x94\xa8", L::Message,
     E::WinSharingViolation, 60, O::Unknown, 0},  // 由另一個程序使用 (zh_TW)
    {"u\xc5\xbcywany przez inny proces", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},  // (pl)
    {"door een ander proces wordt gebruikt", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},  // (nl)
    {"anv\xc3\xa4nds av en annan process", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},  // (sv)
    {"pou\xc5\xbe\xc3\xadv\xc3\xa1 jin\xc3\xbd proces", L::Message, E::WinSharingViolation, 60, O::Unknown, 0},  // (cs)
    {"ba\xc5\x9fka bir i\xc5\x9flem taraf\xc4\xb1ndan kullan\xc4\xb1l\xc4\xb1yor", L::Message, E::WinSharingViolation, 60,
     O::Unknown, 0},  // (tr)
    {"\xd0\xb2\xd0\xb8\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2\xd1\x83\xd1\x94\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f "
     "\xd1\x96\xd0\xbd\xd1\x88\xd0\xb8\xd0\xbc \xd0\xbf\xd1\x80\xd0\xbe\xd1\x86\xd0\xb5\xd1\x81\xd0\xbe\xd0\xbc",
     L::Message, E::WinSharingViolation, 60, O::Unknown, 0},  // використовується іншим процесом (uk)
    // 33: another process has locked a portion of the file.
    {"\xd1\x87\xd0\xb0\xd1\x81\xd1\x82\xd1\x8c \xd1\x8d\xd1\x82\xd0\xbe\xd0\xb3\xd0\xbe \xd1\x84\xd0\xb0\xd0\xb9\xd0\xbb\xd0\xb0 "
     "\xd0\xb7\xd0\xb0\xd0\xb1\xd0\xbb\xd0\xbe\xd0\xba\xd0\xb8\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb0",
     L::Message, E::WinLockViolation, 61, O::Unknown, 0},  // часть этого файла заблокирована (ru)
    {"\xe3\x83\x95\xe3\x82\xa1\xe3\x82\xa4\xe3\x83\xab\xe3\x81\xae\xe4\xb8\x80\xe9\x83\xa8\xe3\x82\x92\xe3\x83\xad"
     "\xe3\x83\x83\xe3\x82\xaf",
     L::Message, E::WinLockViolation, 61, O::Unknown, 0},  // ファイルの一部をロック (ja)
    {"\xe9\x94\x81\xe5\xae\x9a\xe6\x96\x87\xe4\xbb\xb6\xe7\x9a\x84\xe4\xb8\x80\xe9\x83\xa8\xe5\x88\x86", L::Message,
     E::WinLockViolation, 61, O::Unknown, 0},  // 锁定文件的一部分 (zh_CN)
    {"\xe9\x8e\x96\xe5\xae\x9a\xe6\xaa\x94\xe6\xa1\x88\xe7\x9a\x84\xe4\xb8\x80\xe9\x83\xa8\xe5\x88\x86", L::Message,
     E::WinLockViolation, 61, O::Unknown, 0},  // 鎖定檔案的一部分 (zh_TW)
    {"\xed\x8c\x8c\xec\x9d\xbc \xec\x9d\xbc\xeb\xb6\x80\xeb\xa5\xbc \xec\x9e\xa0\xea\xb7\xb8", L::Message,
     E::WinLockViolation, 61, O::Unknown, 0},  // 파일 일부를 잠그 (ko)
    {"zablokowa\xc5\x82 cz\xc4\x99\xc5\x9b\xc4\x87 pliku", L::Message, E::WinLockViolation, 61, O::Unknown, 0},  // (pl)
    {"gedeelte van het bestand heeft vergrendeld", L::Message, E::WinLockViolation, 61, O::Unknown, 0},  // (nl)
    {"har l\xc3\xa5st en del av filen", L::Message, E::WinLockViolation, 61, O::Unknown, 0},  // (sv)
    {"uzamkl \xc4\x8d\xc3\xa1st souboru", L::Message, E::WinLockViolation, 61, O::Unknown, 0},  // (cs)
    {"dosyan\xc4\xb1n bir b\xc3\xb6l\xc3\xbcm\xc3\xbcn\xc3\xbc kilitledi", L::Message, E::WinLockViolation, 61, O::Unknown,
     0},  // (tr)
    {"\xd0\xb7\xd0\xb0\xd0\xb1\xd0\xbb\xd0\xbe\xd0\xba\xd1\x83\xd0\xb2\xd0\xb0\xd0\xb2 \xd1\x87\xd0\xb0\xd1\x81\xd1\x82\xd0\xb8\xd0\xbd\xd1\x83 "
     "\xd1\x84\xd0\xb0\xd0\xb9\xd0\xbb\xd1\x83",
     L::Message, E::WinLockViolation, 61, O::Unknown, 0},  // заблокував частину файлу (uk)
};

struct GlibcText {
    std::string_view key;
    std::string_view errnoName;
    std::string_view locale;
};

// glibc's translations, generated from libc.mo by scripts/gen-strerror-lexicon.py.
constexpr GlibcText kGlibcTexts[] = {
#include "parse/strerror_table.inc"
};

Phrase glibcPhrase(const GlibcText& g) {
    // ENOENT is context (a missing file beside a denial), never a request of its own
    if (g.errnoName == "ENOENT") return {g.key, L::Message, E::Other, 0, O::Unknown, kBanner};
    if (g.errnoName == "EPERM") return {g.key, L::Message, E::EPERM_, 30, O::Unknown, 0};
    if (g.errnoName == "EROFS") return {g.key, L::Message, E::EROFS_, 40, O::Unknown, 0};
    if (g.errnoName == "ETXTBSY") return {g.key, L::Message, E::ETXTBSY_, 40, O::Unknown, 0};
    if (g.errnoName == "EBUSY") return {g.key, L::Message, E::EBUSY_, 40, O::Unknown, 0};
    return {g.key, L::Message, E::EACCES_, 20, O::Unknown, 0};
}

// The hand-written phrases first: where a generated text repeats one, the hand-written one (with
// its flags) stays.
const std::vector<Phrase>& phrases() {
    static const std::vector<Phrase> all = [] {
        std::vector<Phrase> out(std::begin(kPhrases), std::end(kPhrases));
        auto add = [&](const Phrase& p) {
            for (const Phrase& q : out)
                if (q.text == p.text) return;
            out.push_back(p);
        };
        for (const Phrase& p : kWindowsMessages) add(p);
        for (const GlibcText& g : kGlibcTexts) add(glibcPhrase(g));
        return out;
    }();
    return all;
}

const KeywordMatcher& matcher() {
    static const KeywordMatcher m = [] {
        std::vector<std::string_view> words;
        for (const Phrase& p : phrases()) words.push_back(p.text);
        return KeywordMatcher(words);
    }();
    return m;
}

bool wordChar(std::string_view s, std::size_t i) { return i < s.size() && isAlnum(s[i]); }

}  // namespace

const Phrase& phraseAt(std::uint32_t id) { return phrases()[id]; }

std::vector<PhraseMatch> findPhrases(std::string_view text, std::size_t limit) {
    std::vector<PhraseMatch> found;
    const std::vector<Phrase>& all = phrases();
    matcher().scan(text, [&](std::uint32_t id, std::size_t begin, std::size_t end) {
        if ((all[id].flags & kWordBounded) && ((begin > 0 && wordChar(text, begin - 1)) || wordChar(text, end)))
            return true;
        found.push_back({id, begin, end});
        return found.size() < limit;
    });
    return found;
}

}  // namespace wd::parse
