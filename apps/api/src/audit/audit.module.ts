import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLogRegel } from './audit-log.entity.js';
import { AuditService } from './audit.service.js';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditLogRegel])],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
