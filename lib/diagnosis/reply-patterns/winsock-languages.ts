import type { CauseId } from "../causes";
import { type TableText, tableWording } from "./message-tables";
import type { ReplyPattern } from "./reply-pattern-schema";
import { WINSOCK } from "./sources";

/**
 * Windows' socket error messages in the languages Windows ships, as FormatMessage gives them and as
 * .NET, Python, Java, Go and Rust print them on a non-English Windows: a device's or an app's log
 * on a German or Chinese server says "Es konnte keine Verbindung hergestellt werden, da der
 * Zielcomputer die Verbindung verweigerte", not "actively refused". English is read by the rules'
 * own patterns. Each text was seen verbatim in public pastes (the code index ids under `seen`);
 * the long WSAETIMEDOUT and WSATRY_AGAIN texts are kept to their distinctive first clause, which
 * a paste cut short or wrapped still holds. Collected on 2026-12-01.
 */
type WinsockError =
  | "WSAECONNREFUSED"
  | "WSAETIMEDOUT"
  | "WSAECONNRESET"
  | "WSAECONNABORTED"
  | "WSAHOST_NOT_FOUND"
  | "WSATRY_AGAIN";

type SeenText = TableText & { seen: string };

export const WINSOCK_MESSAGES: Readonly<Record<WinsockError, readonly SeenText[]>> = {
  WSAECONNREFUSED: [
    {
      lang: "cs",
      text: "Nemohlo být vytvořeno žádné připojení, protože cílový počítač je aktivně odmítl",
      seen: "17209820639, 1981219207, 53154132817",
    },
    {
      lang: "de",
      text: "Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte",
      seen: "45376542925, 56174159096, 9900399044",
    },
    {
      lang: "es",
      text: "No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión",
      seen: "28134147223, 52025483231, 5464259619",
    },
    {
      lang: "fr",
      text: "Aucune connexion n'a pu être établie car l'ordinateur cible l'a expressément refusée",
      seen: "18031075201, 39722187296, 55661050766",
    },
    {
      lang: "it",
      text: "Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione",
      seen: "1390373020, 24746009040, 36308965865",
    },
    {
      lang: "ja",
      text: "対象のコンピューターによって拒否されたため、接続できませんでした",
      seen: "13401046722, 49558553031, 53677939880",
    },
    {
      lang: "ko",
      text: "대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다",
      seen: "46323459747, 55072193967, 9478537632",
    },
    {
      lang: "nl",
      text: "Kan geen verbinding maken omdat de doelcomputer de verbinding actief heeft geweigerd",
      seen: "2428304613, 61059860172, 70429273892",
    },
    {
      lang: "pl",
      text: "Nie można nawiązać połączenia, ponieważ komputer docelowy aktywnie go odmawia",
      seen: "17938669884, 21522863398, 43096481823",
    },
    {
      lang: "pt-BR",
      text: "Nenhuma conexão pôde ser feita porque a máquina de destino as recusou ativamente",
      seen: "29785699086, 42477949805, 8011910263",
    },
    {
      lang: "ru",
      text: "Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение",
      seen: "19593980708, 8120614839",
    },
    {
      lang: "tr",
      text: "Hedef makine etkin olarak reddettiğinden bağlantı kurulamadı",
      seen: "15514678520, 52124895207, 54850798208",
    },
    { lang: "zh-CN", text: "由于目标计算机积极拒绝，无法连接", seen: "23941826371, 42509848501" },
    { lang: "zh-TW", text: "無法連線，因為目標電腦拒絕連線", seen: "27480324385, 39512856024, 69323825168" },
  ],
  WSAETIMEDOUT: [
    {
      lang: "de",
      text: "Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat",
      seen: "16031562281, 44579922463, 70956915727",
    },
    {
      lang: "es",
      text: "Se produjo un error durante el intento de conexión ya que la parte conectada no respondió adecuadamente tras un periodo de tiempo",
      seen: "25791096184, 29177466594, 30763067965",
    },
    {
      lang: "fr",
      text: "Une tentative de connexion a échoué car le parti connecté n'a pas répondu convenablement au-delà d'une certaine durée",
      seen: "10314785957",
    },
    {
      lang: "it",
      text: "Impossibile stabilire la connessione. Risposta non corretta della parte connessa dopo l'intervallo di tempo",
      seen: "13294556514, 37023096196",
    },
    {
      lang: "ja",
      text: "接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした",
      seen: "1587950668, 18116427000, 30289925267",
    },
    {
      lang: "ko",
      text: "연결된 구성원으로부터 응답이 없어 연결하지 못했거나",
      seen: "16036605711, 16418608, 21424148972",
    },
    {
      lang: "nl",
      text: "Een verbindingspoging is mislukt omdat de verbonden partij niet correct heeft gereageerd na een bepaalde periode",
      seen: "59775578790",
    },
    {
      lang: "pt-BR",
      text: "Uma tentativa de conexão falhou porque o componente conectado não respondeu corretamente após um período de tempo",
      seen: "20347931534, 52160492854, 54768451942",
    },
    {
      lang: "ru",
      text: "Попытка установить соединение была безуспешной, т.к. от другого компьютера за требуемое время не получен нужный отклик",
      seen: "23192466918, 24040246, 30227866100",
    },
    {
      lang: "zh-CN",
      text: "由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败",
      seen: "12002046401, 25335429852, 36681924341",
    },
  ],
  WSAECONNRESET: [
    {
      lang: "de",
      text: "Eine vorhandene Verbindung wurde vom Remotehost geschlossen",
      seen: "13965550328, 26673060196, 27620067060",
    },
    {
      lang: "es",
      text: "Se ha forzado la interrupción de una conexión existente por el host remoto",
      seen: "42487263957, 67662477592, 69418883753",
    },
    {
      lang: "fr",
      text: "Une connexion existante a dû être fermée par l'hôte distant",
      seen: "11783478023, 56171572894, 58633312918",
    },
    {
      lang: "ja",
      text: "既存の接続はリモート ホストに強制的に切断されました",
      seen: "45031384355, 57356816504, 63396915719",
    },
    {
      lang: "ru",
      text: "Удаленный хост принудительно разорвал существующее подключение",
      seen: "45449563380, 6732845609, 7098513766",
    },
    {
      lang: "zh-CN",
      text: "远程主机强迫关闭了一个现有的连接",
      seen: "15048389244, 46785644589, 58680609609",
    },
  ],
  WSAECONNABORTED: [
    {
      lang: "de",
      text: "Eine bestehende Verbindung wurde softwaregesteuert durch den Hostcomputer abgebrochen",
      seen: "23584179371, 38038962127, 70895756225",
    },
    {
      lang: "es",
      text: "Se ha anulado una conexión establecida por el software en su equipo host",
      seen: "19139378760, 30535913911, 38529151619",
    },
    {
      lang: "fr",
      text: "Une connexion établie a été abandonnée par un logiciel de votre ordinateur hôte",
      seen: "30202386863, 45666068527, 6633494528",
    },
    {
      lang: "ja",
      text: "確立された接続がホスト コンピュータのソウトウェアによって中止されました",
      seen: "57356816504",
    },
    {
      lang: "ja",
      text: "確立された接続がホスト コンピューターのソウトウェアによって中止されました",
      seen: "25128548769, 7848863102",
    },
    {
      lang: "ru",
      text: "Программа на вашем хост-компьютере разорвала установленное подключение",
      seen: "24767423496, 35045581594, 63137070079",
    },
    { lang: "zh-CN", text: "你的主机中的软件中止了一个已建立的连接", seen: "8219128674" },
  ],
  WSAHOST_NOT_FOUND: [
    { lang: "de", text: "Der angegebene Host ist unbekannt", seen: "41917547213, 7963812769" },
    { lang: "es", text: "Host desconocido", seen: "62450241794, 68719320767" },
    { lang: "fr", text: "Hôte inconnu", seen: "10314785957, 42000508898, 9175070763" },
    { lang: "it", text: "Host sconosciuto", seen: "70148532611, 70217759337" },
    { lang: "ja", text: "そのようなホストは不明です", seen: "17992157503, 19864785, 54603642300" },
    { lang: "ko", text: "알려진 호스트가 없습니다", seen: "23963263638, 51875818862, 56236641691" },
    { lang: "pl", text: "Nieznany host", seen: "16346145070" },
    { lang: "pt-BR", text: "Este host não é conhecido", seen: "8011910263" },
    { lang: "ru", text: "Этот хост неизвестен", seen: "58780271900, 66002935028, 70938562706" },
    { lang: "tr", text: "Böyle bir ana bilgisayar bilinmiyor", seen: "7044980382" },
    { lang: "zh-CN", text: "不知道这样的主机", seen: "28404655616, 52915059681, 5891005627" },
  ],
  WSATRY_AGAIN: [
    {
      lang: "ru",
      text: "Обычно - это временная ошибка, возникающая во время разрешения имени узла",
      seen: "19479666562",
    },
    { lang: "zh-CN", text: "这是在主机名解析时通常出现的暂时错误", seen: "5891005627, 7828552760" },
  ],
};

const CODES: Readonly<Record<WinsockError, number>> = {
  WSAECONNREFUSED: 10061,
  WSAETIMEDOUT: 10060,
  WSAECONNRESET: 10054,
  WSAECONNABORTED: 10053,
  WSAHOST_NOT_FOUND: 11001,
  WSATRY_AGAIN: 11002,
};

/** One Windows socket error, in every language collected, as a wording pattern of one cause. */
export function winsockWording(
  cause: CauseId,
  error: WinsockError,
  confidence: number,
  example: string,
): ReplyPattern {
  const texts = WINSOCK_MESSAGES[error];
  const seen = [...new Set(texts.flatMap((t) => t.seen.split(", ")))].map((id) => `code index id ${id}`);
  return tableWording(
    cause,
    texts,
    confidence,
    example,
    `${WINSOCK} (${error} ${CODES[error]}, localized texts as printed on non-English Windows: ${seen.join(", ")})`,
  );
}
