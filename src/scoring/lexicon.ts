/**
 * The grader's word lists. Kept small and explicit: each list exists for one rule (see grade.ts).
 * Glossary and role aliases from content/ are added to these at rubric compile time.
 */

/** Function words: their share separates prose from keyword lists; they never count as concepts. */
export const STOPWORDS = new Set(
  `a an the and or but if then else of to in on at by for with from into onto over under as is are was were be been being
  it its this that these those there here we our us you your i my me they them their he she his her which who whom whose what
  when where why how so because since thus therefore hence while whereas although though also too very just only not no nor
  do does did done doing have has had having can could should would will shall may might must than such each every any all
  some most more less few many much both either neither per via about against between during before after above below up
  down out off again further once same other own let lets get gets got make makes made use uses used using need needs
  need one two three first second new way ways thing things e.g i.e etc vs vs. yes okay ok well like really`.split(/\s+/),
);

/** Words that turn a following concept into its absence (checked in a short window before the match). */
export const NEGATORS = new Set(['not', 'no', 'without', 'never', "wouldn't", 'wouldnt', "shouldn't", 'shouldnt', "mustn't", 'avoid', 'avoids', 'avoiding', "don't", 'dont', "doesn't", "isn't", "won't", 'cannot', "can't", 'lack', 'lacks', 'skip', 'skipping', 'instead', 'rather', 'nor']);
export const HAN_NEGATORS = ['不', '没有', '没', '无', '非', '避免', '不用', '而不是'];

/** Reasoning connectives: an answer with none of these is a list of claims, not an argument. */
export const CONNECTIVES = new Set([
  'because', 'so', 'therefore', 'thus', 'hence', 'which', 'since', 'given', 'means', 'meaning', 'otherwise', 'while', 'whereas',
  'but', 'however', 'although', 'if', 'then', 'unless', 'until', 'to', 'keeps', 'keeping', 'lets', 'allows', 'enables', 'ensures', 'avoids',
]);
export const HAN_CONNECTIVES = ['因为', '所以', '因此', '从而', '以便', '但是', '但', '如果', '由于', '导致', '使得', '可以', '为了', '避免', '代价'];

export const DOWN_WORDS = new Set(['reduce', 'reduces', 'reduced', 'reducing', 'reduction', 'lower', 'lowers', 'lowered', 'lowering', 'cut', 'cuts', 'cutting', 'decrease', 'decreases', 'decreased', 'less', 'fewer', 'minimize', 'minimise', 'minimizes', 'minimises', 'shrink', 'shrinks', 'drop', 'drops', 'save', 'saves', 'saving', 'savings', 'decouple', 'decouples', 'decoupling', 'loose', 'looser', 'loosely', 'isolate', 'isolates', 'eliminate', 'eliminates', 'prevent', 'prevents', 'avoid', 'avoids', 'limit', 'limits', 'contain', 'contains', 'below', 'under', 'down', 'smaller']);
export const UP_WORDS = new Set(['increase', 'increases', 'increased', 'increasing', 'raise', 'raises', 'raised', 'more', 'higher', 'boost', 'boosts', 'grow', 'grows', 'growing', 'tighter', 'tight', 'tightly', 'add', 'adds', 'added', 'adding', 'double', 'doubles', 'maximize', 'maximise', 'maximizes', 'improve', 'improves', 'bigger', 'larger', 'up', 'above', 'spike', 'spikes']);
export const HAN_DOWN = ['降低', '减少', '减小', '下降', '节省', '缩短', '解耦', '隔离', '避免'];
export const HAN_UP = ['增加', '提高', '提升', '增长', '加倍', '上升', '耦合更'];

/** Phrases that introduce a trade-off: a cost paid for a benefit, or an alternative weighed. */
export const TRADEOFF_MARKERS = [
  'trade-off', 'tradeoff', 'trade off', 'at the cost of', 'cost of', 'costs us', 'downside', 'drawback', 'penalty', 'overhead',
  'price we pay', 'in exchange', 'sacrifice', 'give up', 'gives up', 'versus', 'vs', 'instead of', 'rather than', 'compared to',
  'compared with', 'alternative', 'alternatively', 'whereas', 'but', 'however', 'although', 'con', 'cons', 'pros', 'worth it',
  '代价', '权衡', '牺牲', '但是', '缺点', '相比', '而不是', '换来', '折中',
];

/** Synonym groups by stem: any member matches any other. Domain words candidates use for the bank's concepts. */
export const SYNONYMS: string[][] = [
  ['coupl', 'depend', 'dependency', 'entangl', 'tangl'],
  ['decoupl', 'isolat', 'separat', 'boundary', 'modular'],
  ['latency', 'delay', 'response time', 'round trip', 'rtt', 'p99', 'p95', '延迟', '时延'],
  ['throughput', 'tps', 'rps', 'qps', 'capacity', '吞吐'],
  ['cost', 'spend', 'budget', 'bill', 'price', 'fee', 'expens', '成本', '费用', '预算'],
  ['memory', 'ram', 'mem', 'heap', '内存'],
  ['uptime', 'availability', 'available', 'sla', 'slo', 'downtime', '可用性'],
  ['failover', 'fail over', 'switchover', 'fallback', 'standby', '故障切换', '切换'],
  ['monolith', 'monolithic', 'single binary', 'big ball', '单体'],
  ['microservice', 'service', 'services', '微服务'],
  ['shard', 'partition', 'split', '分片', '分区'],
  ['replicat', 'replica', 'mirror', '复制', '副本'],
  ['migrat', 'move', 'cutover', 'transition', '迁移'],
  ['settlement', 'settle', 'clearing', '结算'],
  ['failure', 'fail', 'error', 'fault', 'outage', '失败', '故障', '错误'],
  ['rollback', 'roll back', 'revert', 'compensat', 'undo', '回滚', '补偿'],
  ['cache', 'caching', 'lru', 'memoiz', '缓存'],
  ['storage', 'disk', 'nvme', 'ssd', 'space', '存储'],
  ['query', 'read', 'lookup', 'fetch', '查询'],
  ['propagation', 'broadcast', 'gossip', 'dissemination', 'fan-out', '传播', '广播'],
  ['bandwidth', 'network', 'gbps', 'nic', '带宽'],
  ['security', 'secure', 'attack', 'threat', 'breach', '安全'],
  ['compliance', 'compliant', 'regulat', 'audit', 'gdpr', '合规', '审计'],
  ['revenue', 'income', 'profit', 'gmv', 'sales', '收入', '营收'],
  ['team', 'headcount', 'staff', 'engineers', 'people', 'devs', '团队', '人力'],
  ['deadline', 'timeline', 'schedule', 'delivery', 'months', 'runway', '工期', '期限'],
  ['risk', 'exposure', 'danger', '风险'],
  ['shed', 'shedding', 'throttl', 'drop', 'reject', 'rate limit', 'rate-limit', '限流', '降级'],
  ['batch', 'batching', 'bundle', 'aggregate', 'multicall', '批量', '批处理'],
  ['retry', 'retries', 'backoff', '重试'],
  ['scale', 'scaling', 'autoscal', 'elastic', '扩容', '伸缩'],
  ['key', 'keys', 'secret', 'credential', '密钥'],
  ['rotation', 'rotat', 'rekey', 're-key', '轮换'],
  ['version', 'versioning', 'v2', 'v3', '版本'],
  ['backward compat', 'backwards compat', 'compatib', '兼容'],
  ['consistency', 'consistent', 'correct', '一致性'],
  ['test', 'testing', 'testability', 'testable', 'unit test', '测试'],
  ['serializ', 'deserializ', 'encode', 'decode', 'marshal', '序列化'],
  ['predict', 'forecast', 'lstm', 'model', '预测'],
  ['yield', 'apr', 'apy', 'return', 'reward', '收益'],
  ['slash', 'slashing', 'penalt', '罚没'],
  ['gas', 'fee', 'fees', 'gwei'],
  ['hotspot', 'hot spot', 'skew', 'uneven'],
  ['range', 'ranges', 'contiguous', 'interval', '范围'],
  ['hash', 'hashing', 'modulo', 'consistent hashing', '哈希'],
  ['retention', 'retain', 'archive', 'keep for', '保留', '归档'],
  ['sandbox', 'isolation', 'wasm', 'wasmtime', '沙箱'],
  ['plugin', 'extension', 'third-party', '3rd-party', '插件'],
  ['dispute', 'challenge', 'fraud proof', '争议', '仲裁'],
  ['shadow', 'mirror', 'dark launch', 'dual run', '影子'],
  ['accuracy', 'accurate', 'correctness', 'parity', '准确'],
  ['deterministic', 'reproducible', 'replay', 'repeatable', '确定性', '回放'],
  ['tiering', 'tier', 'glacier', 'cold', '冷存储', '分层'],
  ['compression', 'compress', 'parquet', 'columnar', '压缩'],
  ['quote', 'quotes', 'pricing', '报价'],
  ['market share', 'share', '市场份额'],
  ['multiplex', 'concurrent', 'parallel', 'join_all', 'fan out', '并发'],
  ['threshold', 't-of-n', 'mpc', 'multi-party', 'multisig', 'multi-sig', '门限', '多签'],
  ['recovery', 'recover', 'restore', 'dr', 'disaster', '恢复', '容灾'],
  ['snapshot', 'backup', 'checkpoint', '快照', '备份'],
];

/** Stakeholder roles: English names and abbreviations candidates use; content/ adds more and Chinese ones. */
export const ROLE_TERMS: Record<string, string[]> = {
  BA: ['ba', 'business analyst', 'analyst', '业务分析师', '业务分析'],
  PM: ['pm', 'product manager', 'product owner', 'product', 'po', '产品经理', '产品'],
  Arch: ['arch', 'architect', 'architects', 'architecture team', '架构师', '架构'],
  Dev: ['dev', 'devs', 'developer', 'developers', 'engineers', 'engineering team', '开发', '研发', '开发人员'],
  QA: ['qa', 'tester', 'testers', 'test engineers', 'quality', '测试', '质量保证'],
  DevOps: ['devops', 'platform team', 'infra team', 'release', '运维', '平台团队'],
  Sec: ['sec', 'security', 'security team', 'secops', 'ciso', 'appsec', '安全', '安全团队'],
  Data: ['data', 'data team', 'data engineer', 'data engineers', 'analytics', 'dba', '数据', '数据团队', '数据工程师'],
  SRE: ['sre', 'sres', 'site reliability', 'on-call', 'oncall', 'ops', 'operations', '站点可靠性', '值班'],
  Lead: ['lead', 'tech lead', 'leadership', 'engineering manager', 'em', 'cto', 'management', 'vp', '负责人', '技术负责人', '管理层'],
};

export const DONT_KNOW = /^\s*(?:i\s+(?:really\s+)?(?:don'?t|do not)\s+know|no idea|not sure|idk|pass|skip|dunno|no clue|\?+|n\/a|不知道|不清楚|不会|跳过)\b/i;
