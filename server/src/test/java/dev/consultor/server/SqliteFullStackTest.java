package dev.consultor.server;

import dev.consultor.server.audit.AuditBehaviour;
import dev.consultor.server.consulting.ExecutionBehaviour;
import dev.consultor.server.consulting.ExecutionInputsBehaviour;
import dev.consultor.server.consulting.ExecutionJournalBehaviour;
import dev.consultor.server.consulting.ExecutionMetricsBehaviour;
import dev.consultor.server.identity.AuthenticationBehaviour;
import dev.consultor.server.identity.LoginAbuseBehaviour;
import dev.consultor.server.identity.PasswordBehaviour;
import dev.consultor.server.identity.SessionBehaviour;
import dev.consultor.server.identity.TokenForgeryBehaviour;
import dev.consultor.server.shared.PlatformBehaviour;
import dev.consultor.server.shared.ProblemDocumentBehaviour;
import dev.consultor.server.shared.StructuredLogBehaviour;
import dev.consultor.server.tenancy.TenancyBehaviour;

/** Every behaviour, on the zero-configuration default: SQLite, in-memory login throttling. */
class SqliteFullStackTest extends SqliteStack
        implements AuthenticationBehaviour,
                TokenForgeryBehaviour,
                SessionBehaviour,
                PasswordBehaviour,
                LoginAbuseBehaviour,
                TenancyBehaviour,
                IsolationMatrixBehaviour,
                AuditBehaviour,
                ExecutionBehaviour,
                ExecutionMetricsBehaviour,
                ExecutionInputsBehaviour,
                ExecutionJournalBehaviour,
                ProblemDocumentBehaviour,
                PlatformBehaviour,
                StructuredLogBehaviour {}
