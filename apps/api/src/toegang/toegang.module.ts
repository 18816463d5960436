import { Module } from '@nestjs/common';
import { ToegangService } from './toegang.service.js';

/** Row-level access to households' files and the one write path; every case-work module imports it. */
@Module({ providers: [ToegangService], exports: [ToegangService] })
export class ToegangModule {}
